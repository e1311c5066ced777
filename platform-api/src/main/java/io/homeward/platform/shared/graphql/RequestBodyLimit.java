package io.homeward.platform.shared.graphql;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a GraphQL request whose body is larger than {@link #MAX_BYTES} with 413, before
 * anything reads it whole: by its {@code Content-Length} when it gives one, and otherwise
 * (a chunked body) by reading at most one byte past the limit. The largest real request,
 * a batch of 500 tracking events, is about 200 KB; without a limit a 20 MB body was read,
 * parsed as JSON and answered.
 */
final class RequestBodyLimit extends OncePerRequestFilter {

	/** One MiB. */
	static final int MAX_BYTES = 1024 * 1024;

	private final JsonMapper json;

	RequestBodyLimit(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > MAX_BYTES) {
			refuse(request, response);
			return;
		}
		if (declared >= 0) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
		if (body.length > MAX_BYTES) {
			refuse(request, response);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(RequestErrors.mediaType(request.getHeader("Accept")).toString());
		// The rest of the body is not read: the connection closes after the answer.
		response.setHeader("Connection", "close");
		this.json.writeValue(response.getOutputStream(), RequestErrors.body("REQUEST_TOO_LARGE",
				"A request body has at most " + MAX_BYTES / 1024 + " KiB; send large data in several requests"));
	}

	/** The request with the body already read. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					// A ByteArrayInputStream's available() never throws.
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already read");
				}

			};
		}

	}

}
