package io.homeward.platform.consolidation;

import org.jspecify.annotations.Nullable;

/** Set the operator's GS1 company prefix, extension digit and Digital Link resolver. */
public record SettingsUpdate(String gs1CompanyPrefix, int extensionDigit, @Nullable String resolverDomain) {

}
