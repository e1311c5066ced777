import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The tracking code as typed; the service reads it leniently (case, spaces, dashes, O for 0). */
export function CodeForm({ initial = '' }: { initial?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState(initial);
  const id = useId();
  function submit(event: FormEvent) {
    event.preventDefault();
    const typed = code.trim();
    if (typed) {
      void navigate(`/track/${encodeURIComponent(typed)}`);
    }
  }
  return (
    <form className="code-form" onSubmit={submit}>
      <label htmlFor={id}>{t('track.code')}</label>
      <input id={id} name="trackingCode" value={code} onChange={(event) => setCode(event.target.value)}
        autoComplete="off" autoCapitalize="characters" spellCheck={false} required aria-describedby={`${id}-hint`} />
      <p id={`${id}-hint`} className="hint">{t('track.hint')}</p>
      <button type="submit">{t('track.submit')}</button>
    </form>
  );
}

export function TrackForm() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('track.title')}</h1>
      <CodeForm />
    </>
  );
}
