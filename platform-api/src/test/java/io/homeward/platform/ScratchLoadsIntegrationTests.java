package io.homeward.platform;

import java.util.Map;

import io.homeward.platform.ScratchLoads.ScratchLoad;
import io.homeward.platform.shared.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scratch load other tests build on is what it says: the operator and the carrier see
 * both parcels of a CLOSED load on the sea lane, each shipper only its own.
 */
@IntegrationTest
class ScratchLoadsIntegrationTests {

	static final String NODE = """
			query($id: ID!) { node(id: $id) { ... on Load { reference status lane { code } parcels { id } } } }""";

	@LocalServerPort
	int port;

	@Test
	void aScratchLoadIsClosedOnTheSeaLaneWithOneParcelOfEachShipper() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		String id = GlobalId.encode("Load", load.loadId());

		String operator = Api.as(port, "operator").execute(NODE, Map.of("id", id)).data().jsonString();
		assertThat(operator).contains(load.reference(), "CLOSED", "GRU-RTM-SEA");
		assertThat(operator.split("\"id\"")).hasSize(3);
		assertThat(Api.as(port, "carrier").execute(NODE, Map.of("id", id)).data().jsonString())
			.contains(load.reference());
		String acme = Api.as(port, "acme").execute(NODE, Map.of("id", id)).data().jsonString();
		assertThat(acme).contains(load.reference());
		assertThat(acme.split("\"id\"")).hasSize(2);
		String globex = Api.as(port, "globex").execute(NODE, Map.of("id", id)).data().jsonString();
		assertThat(globex).contains(load.reference());
		assertThat(globex.split("\"id\"")).hasSize(2);
	}

}
