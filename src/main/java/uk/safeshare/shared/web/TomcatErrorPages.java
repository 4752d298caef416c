package uk.safeshare.shared.web;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests itself, before SafeShare sees them (a malformed request line, an
 * encoded slash, an oversized header). Its error page then carries the same security headers as
 * every other page, and never the server's name or a report.
 */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            // The host adds a default (verbose) valve of its own at start unless one of this class is present.
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(SecureErrorReportValve.class.getName());
            }
            var pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof SecureErrorReportValve)) {
                    pipeline.removeValve(valve);
                }
            }
            SecureErrorReportValve valve = new SecureErrorReportValve();
            valve.setShowReport(false);
            valve.setShowServerInfo(false);
            pipeline.addValve(valve);
        });
    }

    public static final class SecureErrorReportValve extends ErrorReportValve {
        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            // Tomcat asks for a report after every answer not yet sent; only an error with no body of its own
            // gets Tomcat's page (the same test as the base class), so only then are its headers set.
            if (!response.isCommitted() && response.getStatus() >= 400 && response.getContentWritten() == 0) {
                response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Referrer-Policy", "no-referrer");
                response.setHeader("Cache-Control", "no-store");
            }
            super.report(request, response, throwable);
        }
    }
}
