import './firstStart.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Form, Label, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../shared/errors/result';
import { LANGUAGES } from '../../../shared/ipc/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { listMembers } from '../../db/queries/members';
import { completeFirstStart, createMember, setCurrentMember, updateMember, type WhoAmI } from '../../db/repositories/members';
import { loadDemoData } from '../../demo/loadDemo';
import { applyLanguage } from '../../i18n';
import { useLanguage } from '../../i18n/useLanguage';
import { useAppStore } from '../../state/store';
import { getPlatform } from '../../platform';
import { MemberFields, nameProblem, type MemberFieldValues } from '../members/MemberFields';
import { enableAppLock } from '../../security/appLock';
import { usePassphraseForm } from '../lock/NewPassphraseFields';
import { FirstStartPassphrase, type PassphraseChoice } from './FirstStartPassphrase';
import { ChoiceRadio } from '../../components/ChoiceRadio';

type WhoMode = 'new' | 'existing';

/**
 * The first start on a device: the language, "Wer bin ich?" (a new member or one
 * already on the list), and where the data will come from. Shown instead of the
 * app until it is answered; focus starts on its heading so a screen reader begins there.
 */
export function FirstStartScreen({ onCompleted }: { onCompleted(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const members = useLiveQuery(async () => (await listMembers()).filter((m) => m.active));
  const [mode, setMode] = useState<WhoMode>('new');
  const [values, setValues] = useState<MemberFieldValues>({ name: '', organisation: '', role: 'member' });
  const [existingId, setExistingId] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [isLoadingDemo, setLoadingDemo] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // The member a failed demo load already created, so trying again does not create a second one.
  const createdForDemo = useRef<string | null>(null);
  const [lockChoice, setLockChoice] = useState<PassphraseChoice>('later');
  const passphraseForm = usePassphraseForm();
  // Set once the passphrase was set here, so trying again after a failure does not set it twice.
  const lockEnabled = useRef(false);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const hasMembers = (members?.length ?? 0) > 0;
  const picked = existingId ?? members?.[0]?.id ?? null;

  /** The answer to "Wer bin ich?", or null after pointing at what is missing (a chosen passphrase included). */
  function whoAmIAnswer(): WhoAmI | null {
    if (lockChoice === 'now' && !lockEnabled.current && !passphraseForm.check()) return null;
    if (mode === 'existing' && picked) return { kind: 'existing', memberId: picked };
    const problem = nameProblem(values.name);
    setNameError(problem ? t(problem) : null);
    if (problem) {
      formRef.current?.querySelector<HTMLElement>('[data-invalid] input')?.focus();
      return null;
    }
    return { kind: 'new', member: { ...values, active: true } };
  }

  async function finish(whoAmI: WhoAmI): Promise<void> {
    if (lockChoice === 'now' && !lockEnabled.current) {
      const locked = await enableAppLock(passphraseForm.passphrase);
      if (!locked.ok) {
        setFailure(locked.error);
        return;
      }
      lockEnabled.current = true;
      passphraseForm.clear();
    }
    const done = await completeFirstStart({ language, whoAmI });
    // On success the app replaces this screen by itself (it watches firstStartCompletedAt).
    if (done.ok) onCompleted();
    else setFailure(done.error);
  }

  async function submit(event?: FormEvent<HTMLFormElement>): Promise<void> {
    event?.preventDefault();
    if (isSaving || isLoadingDemo) return;
    setFailure(null);
    const answer = whoAmIAnswer();
    if (!answer) return;
    setSaving(true);
    // A member made by a demo load that failed is this device's member: no second one.
    const created = createdForDemo.current;
    if (answer.kind === 'new' && created !== null) {
      const updated = await updateMember(created, answer.member);
      await finish(updated.ok ? { kind: 'existing', memberId: created } : answer);
    } else await finish(answer);
    setSaving(false);
  }

  /** The member this device speaks for, made or picked now, before the demo data arrives. */
  async function memberForDemo(answer: WhoAmI): Promise<Result<string>> {
    if (answer.kind === 'existing') {
      const set = await setCurrentMember(answer.memberId);
      return set.ok ? { ok: true, data: answer.memberId } : set;
    }
    let id = createdForDemo.current;
    if (id === null) {
      const made = await createMember(answer.member);
      if (!made.ok) return made;
      id = made.data;
      createdForDemo.current = id;
    } else {
      const updated = await updateMember(id, answer.member);
      if (!updated.ok) return updated;
    }
    const set = await setCurrentMember(id);
    return set.ok ? { ok: true, data: id } : set;
  }

  async function loadDemo(): Promise<void> {
    if (isSaving || isLoadingDemo) return;
    setFailure(null);
    const answer = whoAmIAnswer();
    if (!answer) return;
    setLoadingDemo(true);
    const member = await memberForDemo(answer);
    const loaded = member.ok ? await loadDemoData() : member;
    if (member.ok && loaded.ok) await finish({ kind: 'existing', memberId: member.data });
    else if (!loaded.ok) setFailure(loaded.error);
    setLoadingDemo(false);
  }

  return (
    <main className="first-start" aria-labelledby="first-start-title">
      <h1 id="first-start-title" ref={headingRef} tabIndex={-1} className="first-start-title">
        {t('firstStart.title')}
      </h1>
      <p className="first-start-intro">{t('firstStart.intro')}</p>
      <Form ref={formRef} className="form" validationBehavior="aria" onSubmit={(event) => void submit(event)}>
        <section className="panel">
          <RadioGroup
            className="field"
            value={language}
            onChange={(value) => {
              const chosen = LANGUAGES.find((id) => id === value);
              if (!chosen) return;
              // Shown at once; stored with the other answers when the first start is done.
              void applyLanguage(chosen).then(() => getPlatform().setLanguage(chosen));
            }}
          >
            <Label className="panel-title">
              {t('firstStart.language')}
            </Label>
            <div className="radio-list">
              {LANGUAGES.map((id) => (
                <ChoiceRadio key={id} value={id} lang={id}>
                  {t(`language.${id}`)}
                </ChoiceRadio>
              ))}
            </div>
          </RadioGroup>
        </section>

        <section className="panel" aria-labelledby="first-start-who">
          <h2 id="first-start-who" className="panel-title">
            {t('firstStart.whoAmI')}
          </h2>
          <p className="field-hint">{t('firstStart.whoAmIHint')}</p>
          {hasMembers && (
            <RadioGroup
              className="field"
              value={mode}
              onChange={(value) => setMode(value === 'existing' ? 'existing' : 'new')}
              aria-label={t('firstStart.whoAmI')}
            >
              <div className="radio-list">
                <ChoiceRadio value="new">
                  {t('firstStart.newMember')}
                </ChoiceRadio>
                <ChoiceRadio value="existing">
                  {t('firstStart.existingMember')}
                </ChoiceRadio>
              </div>
            </RadioGroup>
          )}
          <div className="form-stack">
            {mode === 'existing' && hasMembers && members && picked ? (
              <SelectField
                label={t('firstStart.pickMember')}
                options={members.map((m) => ({ id: m.id, label: m.organisation ? `${m.name} (${m.organisation})` : m.name }))}
                value={picked}
                onChange={setExistingId}
              />
            ) : (
              <MemberFields values={values} onChange={setValues} nameError={nameError} />
            )}
          </div>
        </section>

        <FirstStartPassphrase choice={lockChoice} onChoice={setLockChoice} form={passphraseForm} />

        <section className="panel" aria-labelledby="first-start-data">
          <h2 id="first-start-data" className="panel-title">
            {t('firstStart.dataTitle')}
          </h2>
          <Text id="first-start-demo" className="field-hint">
            {t('firstStart.demoHint')}
          </Text>
          <Text id="first-start-later" className="field-hint">
            {t('firstStart.dataLater')}
          </Text>
          <div className="action-row">
            <Button
              className="button"
              aria-describedby="first-start-demo"
              isPending={isLoadingDemo}
              isDisabled={isSaving}
              onPress={() => void loadDemo()}
            >
              {t('firstStart.loadDemo')}
            </Button>
            <Button
              className="button"
              aria-describedby="first-start-later"
              isDisabled={isSaving || isLoadingDemo}
              onPress={() => {
                // Same answers as "Los geht's", then straight to Austausch → Datei einlesen.
                useAppStore.getState().openExchangeImport();
                void submit();
              }}
            >
              {t('firstStart.importFile')}
            </Button>
          </div>
          {isLoadingDemo && (
            <p className="field-hint" role="status">
              {t('firstStart.loadingDemo')}
            </p>
          )}
        </section>

        {failure && <ErrorAlert error={failure} />}
        <div className="first-start-actions">
          <Button className="button button-primary button-large" type="submit" isPending={isSaving} isDisabled={isLoadingDemo}>
            {t('firstStart.start')}
          </Button>
        </div>
      </Form>
    </main>
  );
}
