package io.homeward.platform.tenancy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads organizations under the caller's tenant: a shipper finds itself, operators and
 * carriers, never another shipper (row-level security decides; see the organization
 * migrations). Plain SQL into the record the other modules and the API use.
 */
@Service
@Transactional(readOnly = true)
public class Organizations {

	private final JdbcClient jdbc;

	private final OrganizationDirectory directory;

	Organizations(JdbcClient jdbc, OrganizationDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/**
	 * The caller's own organization, as the platform's record that its token was checked
	 * against at sign-in: no query, and no transaction needed.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Organization own() {
		Tenant caller = TenantContext.require();
		return directory.record(caller)
			.orElseThrow(() -> new IllegalStateException("The caller's organization is not provisioned"));
	}

	public Optional<Organization> byId(UUID id) {
		return byIds(List.of(id)).values().stream().findFirst();
	}

	/**
	 * One query for any number of ids; ids the caller may not see are absent from the
	 * map.
	 */
	public Map<UUID, Organization> byIds(Collection<UUID> ids) {
		Map<UUID, Organization> found = new LinkedHashMap<>();
		jdbc.sql("select id, name, kind from organization where id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query((rs) -> {
				UUID id = rs.getObject("id", UUID.class);
				found.put(id,
						new Organization(id, rs.getString("name"), OrganizationKind.valueOf(rs.getString("kind"))));
			});
		return found;
	}

}
