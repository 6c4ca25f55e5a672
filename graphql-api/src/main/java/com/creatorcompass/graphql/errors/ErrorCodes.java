package com.creatorcompass.graphql.errors;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.Rejection;
import com.creatorcompass.contracts.TransientFailures;
import com.creatorcompass.contracts.query.InvalidQueryException;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Turns whatever a field threw into an error with a stable code. Known refusals keep their message;
 * anything else becomes INTERNAL with no detail (no stack trace, no SQL), and is logged.
 */
@Component
public class ErrorCodes extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ErrorCodes.class);

    public ErrorCodes() {
        setThreadLocalContextAware(true);
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable thrown, DataFetchingEnvironment environment) {
        Throwable cause = rootCause(thrown);
        ErrorCode code;
        String message = cause.getMessage();
        if (cause instanceof ApiException api) {
            code = api.code();
        } else if (cause instanceof InvalidQueryException) {
            code = ErrorCode.INVALID_ARGUMENT;
        } else if (cause instanceof CommandRejectedException rejected) {
            code = forRejection(rejected.rejection());
        } else if (cause instanceof AuthenticationCredentialsNotFoundException) {
            code = ErrorCode.UNAUTHENTICATED;
            message = "sign in first";
        } else if (cause instanceof AccessDeniedException) {
            code = ErrorCode.FORBIDDEN;
            message = "not allowed for your account";
        } else if (TransientFailures.isTransient(thrown)) {
            log.warn(
                    "Field {} failed for now: {}",
                    environment.getExecutionStepInfo().getPath(),
                    cause.toString());
            code = ErrorCode.UNAVAILABLE;
            message = "the service is briefly unavailable; try again in a moment";
        } else {
            log.error("Field {} failed", environment.getExecutionStepInfo().getPath(), thrown);
            code = ErrorCode.INTERNAL;
            message = "internal error";
        }
        return error(code, message, environment);
    }

    /** The code a domain refusal maps to. */
    public static ErrorCode forRejection(Rejection rejection) {
        return switch (rejection) {
            case CREATOR_NOT_TRACKED, USER_NOT_REGISTERED, NOT_A_COMPETITOR, NOT_ON_TRACKING_LIST, NO_TIKTOK_ACCOUNT ->
                ErrorCode.NOT_FOUND;
            default -> ErrorCode.INVALID_ARGUMENT;
        };
    }

    /** The code graphql-java's own errors (syntax, validation, aborted execution) get. */
    public static ErrorCode forClassification(ErrorClassification classification) {
        if (classification == ErrorType.ExecutionAborted) {
            return ErrorCode.TOO_COMPLEX;
        }
        if (classification == ErrorType.InvalidSyntax || classification == ErrorType.ValidationError) {
            return ErrorCode.INVALID_ARGUMENT;
        }
        return ErrorCode.INTERNAL;
    }

    public static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null
                && cause.getCause() != cause
                && !(cause instanceof ApiException)
                && !(cause instanceof CommandRejectedException)
                && !(cause instanceof InvalidQueryException)) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static GraphQLError error(ErrorCode code, String message, DataFetchingEnvironment environment) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        if (code == ErrorCode.UNAVAILABLE) {
            extensions.put("retryable", true);
        }
        return GraphqlErrorBuilder.newError(environment)
                .message(message)
                .errorType(classification(code))
                .extensions(extensions)
                .build();
    }

    private static ErrorClassification classification(ErrorCode code) {
        return switch (code) {
            case NOT_FOUND -> org.springframework.graphql.execution.ErrorType.NOT_FOUND;
            case INVALID_ARGUMENT, TOO_COMPLEX, RATE_LIMITED ->
                org.springframework.graphql.execution.ErrorType.BAD_REQUEST;
            case UNAUTHENTICATED -> org.springframework.graphql.execution.ErrorType.UNAUTHORIZED;
            case FORBIDDEN -> org.springframework.graphql.execution.ErrorType.FORBIDDEN;
            case INTERNAL, UNAVAILABLE -> org.springframework.graphql.execution.ErrorType.INTERNAL_ERROR;
        };
    }

    /** A request refused before it runs, answered as GraphQL: one error with its code, no data. */
    public static WebGraphQlResponse refusal(WebGraphQlRequest request, ErrorCode code, String message) {
        return refusal(request, code, message, Map.of());
    }

    /** The same, with more for the client in the error's extensions (how long to wait, say). */
    public static WebGraphQlResponse refusal(
            WebGraphQlRequest request, ErrorCode code, String message, Map<String, Object> more) {
        Map<String, Object> extensions = new LinkedHashMap<>(more);
        extensions.put("code", code.name());
        GraphQLError error = GraphqlErrorBuilder.newError()
                .message(message)
                .extensions(extensions)
                .build();
        ExecutionResult result =
                ExecutionResult.newExecutionResult().errors(List.of(error)).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
