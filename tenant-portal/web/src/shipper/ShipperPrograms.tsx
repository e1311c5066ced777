import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { nodes, query } from '../api';
import { graphql } from '../gql';
import type { ShipperProgramsQuery } from '../gql/graphql';

const ShipperProgramsDocument = graphql(`
  query ShipperPrograms {
    programs(first: 50) {
      edges {
        node {
          id code name description status
          destination { city countryCode }
          lanes { id code mode origin { city countryCode } }
          viewerMembership { status joinedAt leftAt }
        }
      }
    }
  }
`);

const JoinDocument = graphql(`
  mutation ShipperProgramJoin($input: ProgramMembershipInput!) {
    programJoin(input: $input) { membership { status } userErrors { code message } }
  }
`);

const LeaveDocument = graphql(`
  mutation ShipperProgramLeave($input: ProgramMembershipInput!) {
    programLeave(input: $input) { membership { status } userErrors { code message } }
  }
`);

type Program = NonNullable<NonNullable<ShipperProgramsQuery['programs']['edges']>[number]>['node'];

/** The programs open to the shipper, its membership in each, and joining or leaving. */
export function ShipperPrograms() {
  const { t } = useTranslation();
  const [programs, setPrograms] = useState<Program[] | undefined>();
  const [message, setMessage] = useState('');

  function load() {
    query(ShipperProgramsDocument, {}).then((data) => setPrograms(nodes(data.programs)), () => setMessage(t('shipper.failed')));
  }
  useEffect(load, []); // eslint-disable-line react-hooks/exhaustive-deps

  async function change(program: Program, join: boolean) {
    const input = { input: { programId: program.id } };
    const payload = join
      ? (await query(JoinDocument, input)).programJoin
      : (await query(LeaveDocument, input)).programLeave;
    setMessage(payload.userErrors[0]?.message ?? t(join ? 'shipper.joined' : 'shipper.left', { program: program.name }));
    load();
  }

  return (
    <>
      <h2>{t('shipper.programs')}</h2>
      {message && <p role="status">{message}</p>}
      {programs?.map((program) => {
        const active = program.viewerMembership?.status === 'ACTIVE';
        return (
          <article key={program.id} className="card" aria-labelledby={`program-${program.id}`}>
            <h3 id={`program-${program.id}`}>{program.name} ({program.code})</h3>
            <p>{program.description}</p>
            <p>
              {t('shipper.destination')}: {program.destination.city}, {program.destination.countryCode} ·{' '}
              {t('shipper.lanes')}: {program.lanes.map((lane) => lane.code).join(', ')}
            </p>
            <p data-testid={`membership-${program.code}`}>
              {t('shipper.membership')}: {program.viewerMembership ? t(`membership.${program.viewerMembership.status}`) : t('shipper.notMember')}
            </p>
            <button type="button" className={active ? 'secondary' : undefined} onClick={() => void change(program, !active)}>
              {active ? t('shipper.leave') : t('shipper.join')}
            </button>
          </article>
        );
      })}
    </>
  );
}
