package io.homeward.platform.sustainability;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.homeward.platform.shared.Money;
import io.homeward.platform.sustainability.SustainabilityReport.OutflowFigures;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A report as files: CSV, one figure a row ({@code section,name,value,unit}), for a
 * spreadsheet; JSON, the report's own shape, for a program. Both at
 * {@code /sustainability/report.csv|json} with the report's period and filters as query
 * parameters, under the same bearer tokens and policies as the API.
 */
public final class ReportDownloads {

	static final String BASE = "/sustainability/report.";

	private ReportDownloads() {
	}

	/** The download's path with the report's request as its query. */
	public static String path(SustainabilityReport report, String format) {
		StringBuilder path = new StringBuilder(BASE).append(format)
			.append("?from=")
			.append(report.from())
			.append("&to=")
			.append(report.to());
		if (report.programId() != null) {
			path.append("&programId=").append(report.programId());
		}
		if (report.shipperId() != null) {
			path.append("&shipperId=").append(report.shipperId());
		}
		return path.toString();
	}

	record Row(String section, String name, String value, String unit) {

	}

	static List<Row> rows(SustainabilityReport report) {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row("period", "from", report.from().toString(), "date"));
		rows.add(new Row("period", "to", report.to().toString(), "date"));
		rows.add(new Row("items", "lines", Integer.toString(report.items()), "items"));
		rows.add(new Row("items", "quantity", Integer.toString(report.quantity()), "units"));
		rows.add(new Row("items", "weight", plain(report.weightKg()), "kg"));
		for (SustainabilityReport.DispositionFigures figures : report.dispositions()) {
			String name = figures.disposition().name();
			rows.add(new Row("disposition", name + ".items", Integer.toString(figures.items()), "items"));
			rows.add(new Row("disposition", name + ".weight", plain(figures.weightKg()), "kg"));
		}
		rows.add(new Row("recovery", "recovered", plain(report.recoveredKg()), "kg"));
		rows.add(new Row("recovery", "landfilled", plain(report.landfilledKg()), "kg"));
		rows.add(new Row("recovery", "rate", plain(report.recoveryRate()), "ratio"));
		money(rows, "money", "costSaved", report.costSaved());
		money(rows, "money", "resaleRevenue", report.resaleRevenue());
		money(rows, "money", "materialValue", report.materialValue());
		SustainabilityReport.ReportEmissions emissions = report.emissions();
		rows.add(new Row("emissions", "legs", Integer.toString(emissions.legs()), "legs"));
		rows.add(new Row("emissions", "parcels", Integer.toString(emissions.parcels()), "parcels"));
		rows.add(new Row("emissions", "tonneKm", plain(emissions.figures().tonneKm()), "tkm"));
		rows.add(new Row("emissions", "wellToWheel", plain(emissions.figures().wellToWheelKg()), "kg CO2e"));
		rows.add(new Row("emissions", "tankToWheel", plain(emissions.figures().tankToWheelKg()), "kg CO2e"));
		rows.add(new Row("emissions", "standAlone", plain(emissions.figures().standAloneKg()), "kg CO2e"));
		rows.add(new Row("emissions", "avoided", plain(emissions.figures().avoidedKg()), "kg CO2e"));
		rows.add(new Row("emissions", "unmeasuredLoads", Integer.toString(emissions.unmeasuredLoads()), "loads"));
		for (SustainabilityReport.CarrierPerformance carrier : report.carriers()) {
			String name = carrier.carrierId().toString();
			rows.add(new Row("carrier", name + ".loads", Integer.toString(carrier.loads()), "loads"));
			rows.add(new Row("carrier", name + ".onTimeRate", plain(carrier.onTimeRate()), "ratio"));
			rows.add(new Row("carrier", name + ".damageRate", plain(carrier.damageRate()), "ratio"));
		}
		for (SustainabilityReport.ProcessorPerformance processor : report.processors()) {
			rows.add(new Row("processor", processor.partnerName() + ".certificates",
					Integer.toString(processor.certificates()), "certificates"));
			rows.add(new Row("processor", processor.partnerName() + ".averageTurnaround",
					plain(processor.averageTurnaroundDays()), "days"));
		}
		rows.add(new Row("cycleTime", "items", Integer.toString(report.cycleTime().items()), "items"));
		rows.add(new Row("cycleTime", "average", plain(report.cycleTime().averageDays()), "days"));
		rows.add(new Row("cycleTime", "median", plain(report.cycleTime().medianDays()), "days"));
		rows.add(new Row("cycleTime", "max", plain(report.cycleTime().maxDays()), "days"));
		rows.add(new Row("esrsE5", "totalWaste", plain(report.resourceOutflows().totalWasteKg()), "kg"));
		outflows(rows, "hazardous", report.resourceOutflows().hazardous());
		outflows(rows, "nonHazardous", report.resourceOutflows().nonHazardous());
		for (SustainabilityReport.WasteStreamFigures stream : report.wasteStreams()) {
			String name = stream.stream().code();
			rows.add(new Row("wasteStream", name + ".weight", plain(stream.weightKg()), "kg"));
			rows.add(new Row("wasteStream", name + ".recovered", plain(stream.recoveredKg()), "kg"));
			rows.add(new Row("wasteStream", name + ".disposalCostAvoided", plain(stream.disposalCostAvoided().amount()),
					stream.disposalCostAvoided().currency().getCurrencyCode()));
		}
		return rows;
	}

	static String csv(SustainabilityReport report) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.RFC4180.builder().setHeader("section", "name", "value", "unit").get())) {
			for (Row row : rows(report)) {
				printer.printRecord(row.section(), row.name(), row.value(), row.unit());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static void outflows(List<Row> rows, String hazard, OutflowFigures figures) {
		rows.add(new Row("esrsE5", hazard + ".diverted", plain(figures.divertedKg()), "kg"));
		rows.add(new Row("esrsE5", hazard + ".preparationForReuse", plain(figures.preparationForReuseKg()), "kg"));
		rows.add(new Row("esrsE5", hazard + ".recycling", plain(figures.recyclingKg()), "kg"));
		rows.add(new Row("esrsE5", hazard + ".otherRecovery", plain(figures.otherRecoveryKg()), "kg"));
		rows.add(new Row("esrsE5", hazard + ".directed", plain(figures.directedKg()), "kg"));
		rows.add(new Row("esrsE5", hazard + ".incineration", plain(figures.incinerationKg()), "kg"));
		rows.add(new Row("esrsE5", hazard + ".landfill", plain(figures.landfillKg()), "kg"));
		rows.add(new Row("esrsE5", hazard + ".otherDisposal", plain(figures.otherDisposalKg()), "kg"));
		rows.add(new Row("esrsE5", hazard + ".interim", plain(figures.interimKg()), "kg"));
	}

	private static void money(List<Row> rows, String section, String name, List<Money> amounts) {
		for (Money money : amounts) {
			rows.add(new Row(section, name, plain(money.amount()), money.currency().getCurrencyCode()));
		}
	}

	private static String plain(@Nullable BigDecimal value) {
		return (value != null) ? value.toPlainString() : "";
	}

}
