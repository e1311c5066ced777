package io.homeward.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts every SQL statement the application's data source executes, including the tenant
 * binding and statements of DataLoader threads. Tests run one at a time, so one global
 * log suffices.
 */
public final class SqlStatements {

	private static final List<String> log = new CopyOnWriteArrayList<>();

	private SqlStatements() {
	}

	public static void reset() {
		log.clear();
	}

	public static int count() {
		return log.size();
	}

	public static List<String> statements() {
		return List.copyOf(log);
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
