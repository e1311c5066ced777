package io.homeward.platform.returns;

import java.math.BigDecimal;
import java.util.Currency;

import jakarta.persistence.Embeddable;

import io.homeward.platform.shared.Money;

/**
 * An amount and its ISO 4217 currency as an item stores them; the entity names the
 * columns.
 */
@Embeddable
record EmbeddedMoney(BigDecimal amount, Currency currency) {

	static EmbeddedMoney of(Money money) {
		return new EmbeddedMoney(money.amount(), money.currency());
	}

}
