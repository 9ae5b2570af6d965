package org.facilitatoracademy.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.facilitatoracademy.platform.errors.BusinessException;

@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Override
  public Response toResponse(BusinessException e) {
    return ApiError.response(e.kind().status(), e.code(), e.getMessage(), e.unmet());
  }
}
