import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';

import { languages, type Language } from './i18n';

export function Layout() {
  const { t, i18n } = useTranslation();
  return (
    <>
      <a className="skip" href="#content">{t('skip')}</a>
      <header>
        <Link to="/" className="brand">{t('appName')}</Link>
        <span className="tagline">{t('tagline')}</span>
        <label className="language">
          {t('language')}{' '}
          <select value={i18n.resolvedLanguage} onChange={(event) => void i18n.changeLanguage(event.target.value as Language)}>
            {Object.entries(languages).map(([code, name]) => (
              <option key={code} value={code} lang={code}>{name}</option>
            ))}
          </select>
        </label>
      </header>
      <main id="content" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
