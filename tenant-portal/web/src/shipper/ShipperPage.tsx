import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The shipper's pages: its returns, its programs, quotes, and the loads its parcels travel in. */
export function ShipperPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="shipper-title">
      <h1 id="shipper-title">{t('shipper.title')}</h1>
      <nav className="tabs" aria-label={t('shipper.sections')}>
        <NavLink to="/shipper" end>{t('shipper.returns')}</NavLink>
        <NavLink to="/shipper/programs">{t('shipper.programs')}</NavLink>
        <NavLink to="/shipper/quote">{t('shipper.quote')}</NavLink>
        <NavLink to="/shipper/loads">{t('shipper.loads')}</NavLink>
      </nav>
      <Outlet />
    </section>
  );
}
