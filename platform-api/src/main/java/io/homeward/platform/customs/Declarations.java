package io.homeward.platform.customs;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.homeward.platform.shared.Money;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customs declarations of loads that cross a customs border: drawn up by the load's
 * operator once the load is CLOSED, one line per shipper, HS code and origin; lodged with
 * the reference customs answered; and moved on as customs answers (accepted, held,
 * released). The platform talks to no customs system: the operator records what it
 * answered. Each reader sees what its policies admit: the operator everything, a shipper
 * the header and its own lines, the carrier the header only.
 */
@Service
public class Declarations {

	private final DeclarationCommands commands;

	private final DeclarationQueries queries;

	Declarations(DeclarationCommands commands, DeclarationQueries queries) {
		this.commands = commands;
		this.queries = queries;
	}

	public Outcome<CustomsDeclaration> create(DeclarationCreate command) {
		return refusable(() -> commands.create(command));
	}

	public Outcome<CustomsDeclaration> lodge(DeclarationLodge command) {
		return refusable(() -> commands.lodge(command));
	}

	public Outcome<CustomsDeclaration> recordStatus(DeclarationStatusRecord command) {
		return refusable(() -> commands.recordStatus(command));
	}

	@Transactional(readOnly = true)
	public Optional<CustomsDeclaration> byId(UUID id) {
		return queries.declaration(id);
	}

	@Transactional(readOnly = true)
	public Optional<CustomsDeclaration> ofLoad(UUID loadId) {
		return Optional.ofNullable(queries.declarationsOfLoads(List.of(loadId)).get(loadId));
	}

	/** The lines of each declaration the caller may read: all, its own, or none. */
	@Transactional(readOnly = true)
	public Map<UUID, List<CustomsDeclarationLine>> linesOf(Collection<UUID> declarationIds) {
		return queries.lines(declarationIds);
	}

	/** The sums of the lines the caller may read; absent where it may read none. */
	@Transactional(readOnly = true)
	public Map<UUID, DeclarationTotals> totalsOf(Collection<UUID> declarationIds) {
		Map<UUID, DeclarationTotals> totals = new LinkedHashMap<>();
		queries.lines(declarationIds).forEach((id, lines) -> totals.put(id, totals(lines)));
		return totals;
	}

	/** The exchange rates of each declaration; the operator's alone. */
	@Transactional(readOnly = true)
	public Map<UUID, List<ExchangeRate>> ratesOf(Collection<UUID> declarationIds) {
		return queries.rates(declarationIds);
	}

	static DeclarationTotals totals(List<CustomsDeclarationLine> lines) {
		int quantity = 0;
		BigDecimal net = BigDecimal.ZERO.setScale(3);
		BigDecimal gross = BigDecimal.ZERO.setScale(3);
		BigDecimal value = BigDecimal.ZERO.setScale(lines.getFirst().statisticalValue().amount().scale());
		for (CustomsDeclarationLine line : lines) {
			quantity += line.quantity();
			net = net.add(line.netKg());
			gross = gross.add(line.grossKg());
			value = value.add(line.statisticalValue().amount());
		}
		return new DeclarationTotals(lines.size(), quantity, net, gross,
				new Money(value, lines.getFirst().statisticalValue().currency()));
	}

	private static <T> Outcome<T> refusable(Supplier<T> command) {
		try {
			return Outcome.done(command.get());
		}
		catch (Refusal refusal) {
			return Outcome.refused(refusal.errors());
		}
	}

}
