package io.homeward.platform.disposition.graphql;

import java.util.List;

import io.homeward.platform.disposition.Grade;
import io.homeward.platform.disposition.ItemGrade;
import io.homeward.platform.disposition.ItemGrading;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

record ItemGradeInput(String itemId, Grade grade, @Nullable String notes, @Nullable List<String> photoRefs,
		@Nullable FunctionalTestInput functionalTest) {

	record FunctionalTestInput(ItemGrading.FunctionalTest.Result result, String method, @Nullable String evidence) {

	}

	ItemGrade toCommand() {
		return new ItemGrade(GlobalId.decodeOrNone(itemId, DispositionController.RETURN_ITEM), grade, notes,
				(photoRefs != null) ? photoRefs : List.of(),
				(functionalTest != null) ? new ItemGrading.FunctionalTest(functionalTest.result(),
						functionalTest.method(), functionalTest.evidence()) : null);
	}

}
