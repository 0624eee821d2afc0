package org.cutis.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * What Tomcat answers itself, for a request it refuses before Cutis sees it (an encoded NUL or a
 * dot segment in the path, a malformed request line): a problem detail under /api, a plain page
 * otherwise, without the server's name and version. After Boot's own customizer, whose error
 * report valve it replaces.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			Container host = context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.getPipeline().addValve(new Report());
			// so that the host, as it starts, finds its error report valve and adds no other
			if (host instanceof StandardHost standard) {
				standard.setErrorReportValveClass(Report.class.getName());
			}
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	public static final class Report extends ErrorReportValve {
		public Report() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0) {
				return;
			}
			AtomicBoolean writable = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
			if (!writable.get()) {
				return;
			}
			String uri = request.getCoyoteRequest().requestURI().toString();
			boolean korean = !String.valueOf(request.getHeader("Accept-Language")).startsWith("en");
			String title = korean ? "요청을 처리할 수 없습니다" : "The request cannot be handled";
			try {
				response.setCharacterEncoding("UTF-8");
				if (uri != null && uri.startsWith("/api/")) {
					response.setContentType("application/problem+json");
					write(response, "{\"title\":\"" + title + "\",\"status\":" + status + "}");
				}
				else {
					response.setContentType("text/html");
					write(response, "<!DOCTYPE html><html lang=\"" + (korean ? "ko" : "en") + "\"><head><title>" + status
							+ "</title></head><body><h1>" + title + "</h1><p>" + status + "</p></body></html>");
				}
			}
			catch (IOException | IllegalStateException e) {
				// the client has gone; nothing to tell
			}
		}

		private static void write(Response response, String text) throws IOException {
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(text);
				response.finishResponse();
			}
		}
	}
}
