import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { Button, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { ModalDialog } from '../../components/ModalDialog';
import { getCurrentMember } from '../../db/queries/members';
import { ensureMyKeys, getMyKeysStatus, importMemberCard, myMemberCard } from '../../exchange/keys';
import { getPlatform } from '../../platform';
import { selectNavigate } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { copyFromTextArea } from './copyText';
import { Notice } from './Notice';

const UTF8 = new TextEncoder();

/** A member's name as part of a file name: no path or reserved characters, no trailing dots. */
function fileNamePart(name: string): string {
  return name.replace(/[/\\:*?"<>|\p{Cc}]/gu, ' ').replace(/[.\s]+$/u, '').trim() || 'RT';
}

/** The current member's own card: create keys, show, copy and save the card text. */
function MyCard() {
  const { t } = useTranslation();
  const navigate = useAppStore(selectNavigate);
  const status = useLiveQuery(getMyKeysStatus);
  const me = useLiveQuery(getCurrentMember);
  const shownKey = status?.ok ? status.data.recipient : null;
  // Re-read when the keys change, not only when the member record does: the card is made from both.
  const card = useLiveQuery(myMemberCard, [shownKey]);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [notice, setNotice] = useState('');
  const [isGenerating, setGenerating] = useState(false);
  const [askReplace, setAskReplace] = useState(false);
  const replaceBodyId = useId();

  async function generate(replace: boolean): Promise<void> {
    setFailure(null);
    setGenerating(true);
    const made = await ensureMyKeys({ replace });
    setGenerating(false);
    setAskReplace(false);
    if (made.ok) setNotice(t('exchange.card.generated'));
    else setFailure(made.error);
  }

  async function copy(): Promise<void> {
    if (!areaRef.current) return;
    const outcome = await copyFromTextArea(areaRef.current);
    setNotice(outcome === 'copied' ? t('exchange.card.copied') : t('exchange.card.copyManual'));
  }

  async function save(text: string, name: string): Promise<void> {
    setFailure(null);
    const saved = await getPlatform().saveFile({
      kind: 'member-card',
      suggestedName: t('exchange.card.fileName', { name: fileNamePart(name) }),
      data: UTF8.encode(`${text}\n`),
    });
    if (!saved.ok) {
      if (saved.error.code !== 'file/cancelled') setFailure(saved.error);
      return;
    }
    if (!saved.data.saved) return;
    setNotice(saved.data.fileName ? t('exchange.card.saved', { fileName: saved.data.fileName }) : t('exchange.card.savedNoName'));
  }

  let body;
  if (status === undefined) body = <LoadingState />;
  else if (!status.ok) body = <ErrorAlert error={status.error} />;
  else if (status.data.memberId === null)
    body = (
      <>
        <p>{t('exchange.card.noMember')}</p>
        <Button className="button" onPress={() => navigate('settings')}>
          {t('nav.settings')}
        </Button>
      </>
    );
  else if (status.data.memberShowsOtherKeys)
    body = (
      <>
        <p className="ex-warning">{t('exchange.card.otherKeys')}</p>
        <Button className="button" onPress={() => setAskReplace(true)}>
          {t('exchange.card.replace')}
        </Button>
      </>
    );
  else if (!status.data.hasKeys)
    body = (
      <>
        <p>{t('exchange.card.noKeys')}</p>
        <Button className="button button-primary" onPress={() => void generate(false)} isPending={isGenerating}>
          {t('exchange.card.generate')}
        </Button>
      </>
    );
  else if (card === undefined) body = <LoadingState />;
  else if (!card.ok) body = <ErrorAlert error={card.error} />;
  else
    body = (
      <>
        <TextField className="field" value={card.data} isReadOnly>
          <Label className="field-label">{t('exchange.card.cardLabel')}</Label>
          <TextArea ref={areaRef} className="input textarea ex-card-text" rows={4} spellCheck={false} />
          <Text slot="description" className="field-hint">
            {t('exchange.card.cardHint')}
          </Text>
        </TextField>
        <div className="ex-button-row">
          <Button className="button button-primary" onPress={() => void copy()}>
            {t('exchange.card.copy')}
          </Button>
          <Button className="button" onPress={() => void save(card.data, me?.name ?? '')}>
            {t('exchange.card.saveFile')}
          </Button>
        </div>
      </>
    );

  return (
    <section className="panel" aria-labelledby="exchange-my-card">
      <h2 id="exchange-my-card" className="panel-title">
        {t('exchange.card.title')}
      </h2>
      <p className="ex-intro">{t('exchange.card.intro')}</p>
      {body}
      {failure && <ErrorAlert error={failure} onDismiss={() => setFailure(null)} />}
      <Notice>{notice}</Notice>
      {askReplace && (
        <ModalDialog title={t('exchange.card.replaceTitle')} role="alertdialog" describedBy={replaceBodyId} size="small" onClose={() => setAskReplace(false)}>
          <p id={replaceBodyId} className="dialog-text">
            {t('exchange.card.replaceBody')}
          </p>
          <div className="dialog-actions">
            <Button className="button" onPress={() => setAskReplace(false)} autoFocus>
              {t('common.cancel')}
            </Button>
            <Button className="button button-danger" onPress={() => void generate(true)} isPending={isGenerating}>
              {t('exchange.card.replaceConfirm')}
            </Button>
          </div>
        </ModalDialog>
      )}
    </section>
  );
}

/** Reads another member's card, pasted or from a file, and says who was added or updated. */
function ReadCard() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<AppError | null>(null);
  const [notice, setNotice] = useState('');
  const [isReading, setReading] = useState(false);

  async function take(cardText: string): Promise<void> {
    setFailure(null);
    setNotice('');
    setReading(true);
    const imported = await importMemberCard(cardText);
    setReading(false);
    if (!imported.ok) {
      setFailure(imported.error);
      return;
    }
    setText('');
    const { name, created } = imported.data;
    setNotice(created ? t('exchange.card.added', { name }) : t('exchange.card.updated', { name }));
  }

  async function openFile(): Promise<void> {
    setFailure(null);
    const opened = await getPlatform().openFile({ kind: 'member-card' });
    if (!opened.ok) {
      if (opened.error.code !== 'file/cancelled') setFailure(opened.error);
      return;
    }
    if (opened.data === null) return;
    // A card is one line of text; anything that is not UTF-8 is simply not a card.
    const cardText = new TextDecoder('utf-8', { fatal: false }).decode(opened.data.data.slice(0, 64 * 1024));
    await take(cardText);
  }

  return (
    <section className="panel" aria-labelledby="exchange-read-card">
      <h2 id="exchange-read-card" className="panel-title">
        {t('exchange.card.importTitle')}
      </h2>
      <p className="ex-intro">{t('exchange.card.importIntro')}</p>
      <TextField className="field" value={text} onChange={setText}>
        <Label className="field-label">{t('exchange.card.pasteLabel')}</Label>
        <TextArea className="input textarea ex-card-text" rows={3} spellCheck={false} />
        <Text slot="description" className="field-hint">
          {t('exchange.card.pasteHint')}
        </Text>
      </TextField>
      <div className="ex-button-row">
        <Button className="button button-primary" onPress={() => void take(text)} isDisabled={text.trim() === ''} isPending={isReading}>
          {t('exchange.card.importText')}
        </Button>
        <Button className="button" onPress={() => void openFile()}>
          {t('exchange.card.openFile')}
        </Button>
      </div>
      {failure && <ErrorAlert error={failure} onDismiss={() => setFailure(null)} />}
      <Notice>{notice}</Notice>
    </section>
  );
}

/** The Mitgliedskarte part of the Austausch screen. */
export function MemberCardPanel() {
  return (
    <div className="ex-stack">
      <MyCard />
      <ReadCard />
    </div>
  );
}
