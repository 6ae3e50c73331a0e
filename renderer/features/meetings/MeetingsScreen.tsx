import './meetings.css';
import './print.css';
import { useState } from 'react';
import { MeetingDetail } from './MeetingDetail';
import { MeetingList } from './MeetingList';

/** Sitzungen: the list of meetings and the rule for the next one, or one meeting with its agenda, session and minutes. */
export function MeetingsScreen() {
  // Which meeting is open is view state of this screen only; the data itself lives in Dexie.
  const [openId, setOpenId] = useState<string | null>(null);
  if (openId !== null) return <MeetingDetail key={openId} meetingId={openId} onBack={() => setOpenId(null)} onOpenMeeting={setOpenId} />;
  return <MeetingList onOpen={setOpenId} />;
}
