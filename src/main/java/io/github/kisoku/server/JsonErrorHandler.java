package io.github.kisoku.server;

import io.github.kisoku.kernel.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's errors — a request that is not valid HTTP, or one that fails before it reaches the API —
 * in the API's JSON, never Jetty's HTML page with its message or stack.
 */
final class JsonErrorHandler extends ErrorHandler {
    JsonErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    private static byte[] body(int code) {
        Problem p;
        switch (code) {
            case 404:
                p = Problem.of(ServerProblem.NOT_FOUND, "(path)").withFigure("path", "");
                break;
            case 413:
                p = Problem.of(ServerProblem.TOO_LARGE, "(body)").withFigure("limit", Api.MAX_BODY);
                break;
            default:
                p = code < 500 ? Problem.of(ServerProblem.BAD_REQUEST, "(request)")
                        : Problem.of(ServerProblem.INTERNAL_ERROR, "(request)");
                break;
        }
        return Reply.problem(code, p).body().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Reply.JSON);
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }
}
