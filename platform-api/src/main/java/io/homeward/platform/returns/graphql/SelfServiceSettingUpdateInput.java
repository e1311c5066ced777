package io.homeward.platform.returns.graphql;

import java.util.List;

import io.homeward.platform.network.Program;
import io.homeward.platform.returns.ReturnReason;
import io.homeward.platform.returns.SelfServiceSettingUpdate;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

/** The {@code selfServiceSettingUpdate} input as the schema declares it. */
record SelfServiceSettingUpdateInput(boolean enabled, String handle, @Nullable String programId,
		@Nullable String privacyNoticeUrl, @Nullable String privacyNoticeText, List<ReturnReason> reasons) {

	SelfServiceSettingUpdate toCommand() {
		return new SelfServiceSettingUpdate(enabled, handle,
				(programId != null) ? GlobalId.decodeOrNone(programId, Program.TYPE) : null, privacyNoticeUrl,
				privacyNoticeText, reasons);
	}

}
