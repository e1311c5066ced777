package io.homeward.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import io.homeward.platform.tenancy.RlsProbe;

/**
 * Programs of the demo operator that exist for one test only: a copy of EU-CONSUMER with
 * a new id and code, so a race for a key of a program (a membership, its pricing) starts
 * from no row at all and leaves the demo programs as they were.
 */
public final class ScratchPrograms {

	private ScratchPrograms() {
	}

	/** A new OPEN program of the demo operator, committed. */
	public static UUID open() throws SQLException {
		UUID id = UUID.randomUUID();
		String code = "RACE-" + id.toString().substring(0, 8).toUpperCase();
		try (Connection operator = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(operator,
					"""
							insert into program (operator_id, id, code, name, description, destination_hub_id, accepts_products,
							                     accepts_waste, accepts_dangerous_goods, cutoff_days, cutoff_time, cutoff_time_zone,
							                     status)
							select operator_id, '%s', '%s', name, description, destination_hub_id, accepts_products, accepts_waste,
							       accepts_dangerous_goods, cutoff_days, cutoff_time, cutoff_time_zone, 'OPEN'
							from program where id = '%s'"""
						.formatted(id, code, Fixtures.EU_CONSUMER));
			RlsProbe.update(operator, """
					insert into program_terms (operator_id, program_id, terms)
					select operator_id, '%s', terms from program_terms where program_id = '%s'""".formatted(id,
					Fixtures.EU_CONSUMER));
			operator.commit();
		}
		return id;
	}

	/**
	 * Removes the program with its memberships and pricing. No policy lets anyone delete
	 * a membership, so the owner lifts row-level security on that table inside the
	 * deleting transaction only: nobody else sees the table without it.
	 */
	public static void remove(UUID program) throws SQLException {
		try (Connection owner = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(owner, "alter table program_membership disable row level security");
			RlsProbe.update(owner, "delete from program_membership where program_id = '" + program + "'");
			RlsProbe.update(owner, "alter table program_membership enable row level security");
			RlsProbe.update(owner, "delete from program_pricing where program_id = '" + program + "'");
			RlsProbe.update(owner, "delete from program_terms where program_id = '" + program + "'");
			RlsProbe.update(owner, "delete from program where id = '" + program + "'");
			owner.commit();
		}
	}

}
