package org.facilitatoracademy.platform.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Turns everything that is not a business refusal into the API's JSON error shape: malformed bodies
 * are 400, missing rights 401 or 403, and anything unexpected a 500 with a reference to the log
 * entry, never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private SecurityContext security;

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable e = unwrap(thrown);
    if (e instanceof BusinessException b) {
      return new BusinessExceptionMapper().toResponse(b);
    }
    if (e instanceof JsonbException || e instanceof ProcessingException) {
      return ApiError.response(
          400, "malformed", "The request body is not valid JSON of the expected shape.");
    }
    if (isAccessDenied(e)) {
      if (security == null || security.getUserPrincipal() == null) {
        return ApiError.response(
            401, "authentication-required", "Sign in with HTTP Basic: your email and password.");
      }
      return ApiError.response(403, "forbidden", "Your roles do not allow this.");
    }
    if (e instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      if (status == 404) {
        return ApiError.response(404, "not-found", "There is nothing at this address.");
      }
      if (status == 415) {
        return ApiError.response(
            415, "unsupported-media-type", "Send JSON (Content-Type: application/json).");
      }
      if (status == 405) {
        return ApiError.response(
            405, "method-not-allowed", "This address does not answer that method.");
      }
      if (status < 500) {
        return ApiError.response(status, "http-" + status, web.getMessage());
      }
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, thrown);
    return ApiError.response(
        500, "internal-error", "Something went wrong on our side. Reference: " + reference);
  }

  private static boolean isAccessDenied(Throwable e) {
    return e instanceof EJBAccessException
        || e instanceof AccessLocalException
        || e instanceof jakarta.ws.rs.ForbiddenException;
  }

  private static Throwable unwrap(Throwable e) {
    Throwable current = e;
    while ((current instanceof EJBException && !isAccessDenied(current))
        && current.getCause() != null) {
      current = current.getCause();
    }
    if (current instanceof ProcessingException
        && current.getCause() instanceof BusinessException b) {
      return b;
    }
    return current;
  }
}
