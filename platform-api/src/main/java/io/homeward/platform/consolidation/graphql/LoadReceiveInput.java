package io.homeward.platform.consolidation.graphql;

import java.util.List;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.LoadReceive;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

record LoadReceiveInput(String loadId, int version, @Nullable String arrivalSeal, @Nullable Boolean sealBroken,
		List<ReceiptLineInput> lines, @Nullable List<UnexpectedParcelInput> unexpected) {

	LoadReceive toCommand() {
		return new LoadReceive(GlobalId.decodeOrNone(loadId, Load.TYPE), version, arrivalSeal,
				Boolean.TRUE.equals(sealBroken),
				lines.stream()
					.map((line) -> new LoadReceive.Line(GlobalId.decodeOrNone(line.parcelId(), Types.PARCEL),
							line.outcome(), line.note(), (line.photoRefs() != null) ? line.photoRefs() : List.of()))
					.toList(),
				(unexpected != null) ? unexpected.stream()
					.map((u) -> new LoadReceive.Unexpected(u.reference(), u.note(),
							(u.photoRefs() != null) ? u.photoRefs() : List.of()))
					.toList() : List.of());
	}

}
