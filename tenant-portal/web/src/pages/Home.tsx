import { useTranslation } from 'react-i18next';

import { CodeForm } from './TrackForm';

export function Home() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.lead')}</p>
      <CodeForm />
      <p className="note">{t('home.api')}</p>
    </>
  );
}
