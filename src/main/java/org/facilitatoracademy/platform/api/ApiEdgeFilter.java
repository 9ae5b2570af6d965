package org.facilitatoracademy.platform.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The API's edge, before JAX-RS sees a request: a Content-Type that is not a media type is refused,
 * bodies are limited in size ({@code academy.api.max-request-bytes}), and any error the container
 * would write as its own HTML page is written as the API's JSON instead.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiEdgeFilter extends HttpFilter {

  static final long DEFAULT_MAX_REQUEST_BYTES = 256 * 1024;

  private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
  private static final Pattern MEDIA_TYPE =
      Pattern.compile(
          "\\s*"
              + TOKEN
              + "/"
              + TOKEN
              + "\\s*(;\\s*"
              + TOKEN
              + "=("
              + TOKEN
              + "|\"[^\"\\p{Cntrl}]*\")\\s*)*;?\\s*");

  private long maxRequestBytes;

  @Override
  public void init() {
    maxRequestBytes =
        ConfigProvider.getConfig(ApiEdgeFilter.class.getClassLoader())
            .getOptionalValue("academy.api.max-request-bytes", Long.class)
            .orElse(DEFAULT_MAX_REQUEST_BYTES);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String contentType = request.getHeader("Content-Type");
    if (contentType != null && !MEDIA_TYPE.matcher(contentType).matches()) {
      ApiErrorWriter.write(
          response,
          400,
          "malformed-header",
          "The Content-Type header is not a media type such as application/json: "
              + Quoted.of(contentType)
              + ".");
      return;
    }
    if (request.getContentLengthLong() > maxRequestBytes) {
      tooLarge(response);
      return;
    }
    HttpServletRequest limited = request;
    if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
      // A chunked body announces no length: read it up to the limit before anyone relies on it.
      byte[] body =
          request
              .getInputStream()
              .readNBytes((int) Math.min(maxRequestBytes + 1, Integer.MAX_VALUE));
      if (body.length > maxRequestBytes) {
        tooLarge(response);
        return;
      }
      limited = new ReadBody(request, body);
    }
    chain.doFilter(limited, new JsonErrors(response));
  }

  private void tooLarge(HttpServletResponse response) throws IOException {
    // The client may still be sending; the connection is closed rather than read to its end.
    response.setHeader("Connection", "close");
    ApiErrorWriter.write(
        response,
        413,
        "request-too-large",
        "The request body is larger than " + maxRequestBytes + " bytes.");
  }

  /** Errors the container or JAX-RS would send as an HTML page become the API's JSON. */
  private static final class JsonErrors extends HttpServletResponseWrapper {

    JsonErrors(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
      ApiErrorWriter.writeFor((HttpServletResponse) getResponse(), status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      ApiErrorWriter.writeFor((HttpServletResponse) getResponse(), status);
    }
  }

  /** A request whose body was already read (within the limit) and is replayed from memory. */
  private static final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("The body was already read.");
        }
      };
    }
  }
}
