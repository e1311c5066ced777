package io.homeward.platform.sustainability.graphql;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.Program;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.graphql.Batches;
import io.homeward.platform.sustainability.EmissionFactor;
import io.homeward.platform.sustainability.Emissions;
import io.homeward.platform.sustainability.LoadDistances;
import io.homeward.platform.sustainability.LoadEmissions;
import io.homeward.platform.sustainability.ReportDownloads;
import io.homeward.platform.sustainability.SustainabilityReport;
import io.homeward.platform.sustainability.SustainabilityReport.CarrierPerformance;
import io.homeward.platform.sustainability.SustainabilityReports;
import io.homeward.platform.sustainability.WasteStream;
import io.homeward.platform.sustainability.WasteStreams;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.Organizations;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The sustainability report, waste streams, emission factors, the carrier's distance, and
 * {@code Load.emissions}, batched: two statements per batch of loads.
 */
@Controller
class SustainabilityController {

	static final String ORGANIZATION = Organization.TYPE;

	/** The returns module's parcel type, named here without depending on that module. */
	static final String PARCEL = "Parcel";

	private final SustainabilityReports reports;

	private final WasteStreams streams;

	private final Emissions emissions;

	private final LoadDistances distances;

	private final NetworkCatalog network;

	private final Organizations organizations;

	SustainabilityController(SustainabilityReports reports, WasteStreams streams, Emissions emissions,
			LoadDistances distances, NetworkCatalog network, Organizations organizations) {
		this.reports = reports;
		this.streams = streams;
		this.emissions = emissions;
		this.distances = distances;
		this.network = network;
		this.organizations = organizations;
	}

	@QueryMapping
	SustainabilityReportPayload sustainabilityReport(@Argument SustainabilityReportInput input) {
		return SustainabilityReportPayload.of(reports.report(input.toRequest()));
	}

	@QueryMapping
	List<WasteStream> wasteStreams() {
		return streams.own();
	}

	@QueryMapping
	List<EmissionFactor> emissionFactors() {
		return emissions.factors();
	}

	@MutationMapping
	LoadDistanceReportPayload loadDistanceReport(@Argument LoadDistanceReportInput input) {
		return LoadDistanceReportPayload.of(distances.report(input.toCommand()));
	}

	@MutationMapping
	WasteStreamsUpdatePayload wasteStreamsUpdate(@Argument WasteStreamsUpdateInput input) {
		return WasteStreamsUpdatePayload.of(streams.update(input.toCommand()));
	}

	@BatchMapping(typeName = Load.TYPE)
	Map<Load, LoadEmissions> emissions(List<Load> loads) {
		return Batches.join(loads, Load::uuid, emissions.byLoads(Batches.keys(loads, Load::uuid)));
	}

	@SchemaMapping(typeName = "ParcelEmissions")
	String parcelId(LoadEmissions.ParcelEmissions parcel) {
		return GlobalId.encode(PARCEL, parcel.parcelId());
	}

	@SchemaMapping(typeName = "EmissionFactor")
	BigDecimal wellToWheelGramsPerTonneKm(EmissionFactor factor) {
		return factor.wellToWheel();
	}

	@SchemaMapping(typeName = "EmissionFactor")
	BigDecimal tankToWheelGramsPerTonneKm(EmissionFactor factor) {
		return factor.tankToWheel();
	}

	@SchemaMapping(typeName = "SustainabilityReport")
	@Nullable Program program(SustainabilityReport report) {
		UUID id = report.programId();
		return (id != null) ? network.program(id).orElse(null) : null;
	}

	@SchemaMapping(typeName = "SustainabilityReport")
	@Nullable Organization shipper(SustainabilityReport report) {
		UUID id = report.shipperId();
		return (id != null) ? organizations.byId(id).orElse(null) : null;
	}

	@SchemaMapping(typeName = "SustainabilityReport")
	String csvUrl(SustainabilityReport report) {
		return ReportDownloads.path(report, "csv");
	}

	@SchemaMapping(typeName = "SustainabilityReport")
	String jsonUrl(SustainabilityReport report) {
		return ReportDownloads.path(report, "json");
	}

	@BatchMapping(typeName = "CarrierPerformance")
	Map<CarrierPerformance, Organization> carrier(List<CarrierPerformance> carriers) {
		return Batches.join(carriers, CarrierPerformance::carrierId,
				organizations.byIds(Batches.keys(carriers, CarrierPerformance::carrierId)));
	}

}
