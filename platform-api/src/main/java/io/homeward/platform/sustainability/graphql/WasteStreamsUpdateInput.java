package io.homeward.platform.sustainability.graphql;

import java.math.BigDecimal;
import java.util.List;

import io.homeward.platform.sustainability.WasteStream;
import io.homeward.platform.sustainability.WasteStreamsUpdate;
import org.jspecify.annotations.Nullable;

record WasteStreamsUpdateInput(List<Stream> streams) {

	record Stream(String code, String name, WasteStream.Material material, boolean hazardous,
			WasteStream.Potential reusePotential, WasteStream.Potential recyclingPotential, @Nullable String hsPrefix,
			@Nullable String wasteCode, String currentOperation, BigDecimal disposalCostPerKg, String currency) {

	}

	WasteStreamsUpdate toCommand() {
		return new WasteStreamsUpdate(streams.stream()
			.map((s) -> new WasteStreamsUpdate.Stream(s.code(), s.name(), s.material(), s.hazardous(),
					s.reusePotential(), s.recyclingPotential(), s.hsPrefix(), s.wasteCode(), s.currentOperation(),
					s.disposalCostPerKg(), s.currency()))
			.toList());
	}

}
