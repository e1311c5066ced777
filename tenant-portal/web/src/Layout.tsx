import { Link, NavLink, Outlet } from 'react-router';
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
        <nav aria-label={t('nav.label')}>
          <NavLink to="/track">{t('nav.track')}</NavLink>
          <NavLink to="/carrier">{t('nav.carrier')}</NavLink>
          <NavLink to="/shipper">{t('nav.shipper')}</NavLink>
          <NavLink to="/operator">{t('nav.operator')}</NavLink>
        </nav>
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
