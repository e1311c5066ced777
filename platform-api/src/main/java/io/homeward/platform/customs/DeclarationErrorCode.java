package io.homeward.platform.customs;

import io.homeward.platform.shared.ErrorCode;

/**
 * Failures only the declaration part of customs reports, declared in the Declarations
 * section of {@code customs.graphqls}.
 */
public enum DeclarationErrorCode implements ErrorCode {

	/** The load's hubs are in one customs territory: there is nothing to declare. */
	CUSTOMS_BORDER_NOT_CROSSED,
	/**
	 * The load is not CLOSED: its contents are fixed only once it is sealed, and a
	 * declaration made later than dispatch would come too late.
	 */
	CUSTOMS_LOAD_NOT_CLOSED,
	/** The load holds no item to declare. */
	CUSTOMS_NOTHING_TO_DECLARE,
	/** The load has its declaration already. */
	CUSTOMS_DECLARATION_EXISTS,
	/** Items of the load are valued in a currency the input gives no rate for. */
	CUSTOMS_EXCHANGE_RATE_MISSING,
	/** The input gives two rates for one currency. */
	CUSTOMS_EXCHANGE_RATE_DUPLICATE,
	/** The customs reference is not of the form the import territory's customs gives. */
	CUSTOMS_REFERENCE_INVALID,
	/** The declaration's status does not lead to the status asked for. */
	CUSTOMS_STATUS_NOT_ALLOWED,
	/** Lodging needs the reference customs gave the declaration. */
	CUSTOMS_REFERENCE_REQUIRED,
	/** Holding needs the reason customs gave. */
	CUSTOMS_HOLD_REASON_REQUIRED,
	/** The load crosses a customs border and has no declaration: it may not leave. */
	CUSTOMS_DECLARATION_MISSING,
	/** The load's declaration is a DRAFT, not lodged with customs: it may not leave. */
	CUSTOMS_DECLARATION_NOT_LODGED,
	/** Customs holds the load's declaration: it may not leave. */
	CUSTOMS_DECLARATION_HELD

}
