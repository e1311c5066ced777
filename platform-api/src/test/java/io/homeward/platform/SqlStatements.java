package io.homeward.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement the application's data source executes, including the tenant
 * binding and statements of DataLoader threads. Tests run one at a time, so one global
 * log suffices.
 */
public final class SqlStatements {

	private static final List<String> log = Collections.synchronizedList(new ArrayList<>());

	private SqlStatements() {
	}

	public static void reset() {
		log.clear();
	}

	/** How many {@link #statements()} there are. */
	public static int count() {
		return statements().size();
	}

	/**
	 * The statements since {@link #reset()}, without the organization directory's recheck
	 * of the caller's organization row: it runs in a transaction of its own (its binding,
	 * then {@link #DIRECTORY_RECHECK}) at most once per organization every 30 seconds
	 * ({@code OrganizationDirectory.RECHECK_AFTER}), so it is a cost of the half-minute,
	 * not of the operation, and a count that happened to start as the cached row expired
	 * would otherwise see two statements more.
	 */
	public static List<String> statements() {
		List<String> all;
		synchronized (log) {
			all = List.copyOf(log);
		}
		List<String> operation = new ArrayList<>(all.size());
		for (String sql : all) {
			if (sql.equals(DIRECTORY_RECHECK)) {
				if (!operation.isEmpty() && isBinding(operation.getLast())) {
					operation.removeLast();
				}
				continue;
			}
			operation.add(sql);
		}
		return List.copyOf(operation);
	}

	/** What {@code OrganizationDirectory} asks of the caller's organization row. */
	static final String DIRECTORY_RECHECK = "select name, kind from organization where id = ? and status = 'ACTIVE'";

	/** Whether the statement is a transaction's tenant binding ({@code bind_tenant}). */
	public static boolean isBinding(String sql) {
		return sql.startsWith("select bind_tenant(");
	}

	/** Installed by {@link IntegrationTest} only: the demo launcher runs without it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		static BeanPostProcessor countingDataSources() {
			return SqlStatements.countingDataSources();
		}

	}

	static BeanPostProcessor countingDataSources() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
					return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new Listener()).build();
				}
				return bean;
			}
		};
	}

	static final class Listener implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		}

		@Override
		public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
			queryInfoList.forEach((query) -> log.add(query.getQuery()));
		}

	}

}
