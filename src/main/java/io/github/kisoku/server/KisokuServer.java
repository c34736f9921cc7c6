package io.github.kisoku.server;

import io.github.kisoku.cli.Contract;
import io.github.kisoku.kernel.Problem;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * {@code kisoku serve}: the HTTP API of {@code docs/http.md} on Javalin (Jetty 12). Every response
 * is JSON (or the CSV or JSON Lines asked for); every error, Javalin's own 404 and 405 included,
 * is the contract's {@code {"id":null,"ok":false,"problems":[…]}} with words in both languages,
 * never a stack trace.
 *
 * <p>Thread-safe: the endpoints keep no state between requests.
 */
public final class KisokuServer implements AutoCloseable {
    private static final String OPENAPI = "openapi.json";

    private final Javalin app;

    private KisokuServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts a server.
     *
     * @param host the address to listen on, e.g. {@code 127.0.0.1}
     * @param port the port, or 0 for a free one
     * @return the running server
     */
    public static KisokuServer start(String host, int port) {
        Api api = new Api(Contract.standard());
        String openapi = resource(KisokuServer.class, OPENAPI);
        String answerSchema = resource(Contract.class, "answer.schema.json");
        Javalin app = Javalin.create(config -> configure(config, api, openapi, answerSchema));
        app.start(host, port);
        return new KisokuServer(app);
    }

    /** {@return the port the server listens on} */
    public int port() {
        return app.port();
    }

    /** Stops the server; requests under way are finished first. */
    @Override
    public void close() {
        app.stop();
    }

    private static void configure(JavalinConfig config, Api api, String openapi, String answerSchema) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = Api.MAX_BODY;
        config.jetty.multipartConfig.maxFileSize(Api.MAX_BODY, io.javalin.config.SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(Api.MAX_BODY, io.javalin.config.SizeUnit.BYTES);
        config.router.ignoreTrailingSlashes = true;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        var r = config.routes;
        r.get("/v1/health", ctx -> reply(ctx, api.health()));
        r.get("/v1/rules", ctx -> reply(ctx, api.rules()));
        r.get("/v1/figures", ctx -> reply(ctx, api.figures(query(ctx))));
        r.get("/v1/bicycle/violations", ctx -> reply(ctx, api.violations(query(ctx))));
        r.get("/v1/calendar/holidays", ctx -> reply(ctx, api.holidays(query(ctx))));
        r.get("/v1/calendar/deadline", ctx -> reply(ctx, api.deadline(query(ctx))));
        r.post("/v1/cases", ctx -> {
            String type = Option.of(ctx.contentType()).getOrElse("");
            String media = Api.mediaType(type);
            if (!media.isEmpty() && !media.equals("application/json") && !media.equals(Api.NDJSON)) {
                reply(ctx, Api.unsupported(type, List.of("application/json", Api.NDJSON)));
                return;
            }
            reply(ctx, api.cases(body(ctx), type));
        });
        r.post("/v1/cases/{type}", ctx -> reply(ctx, api.oneCase(ctx.pathParam("type"), body(ctx))));
        r.post("/v1/golf/audit", ctx -> golfAudit(ctx, api));
        r.get("/openapi.json", ctx -> reply(ctx, new Reply(200, Reply.JSON, openapi)));
        // The explorer page: plain files from the jar, read once; it asks the API for every figure.
        Map<String, Reply> page = explorer();
        r.get("/", ctx -> reply(ctx, page.get("index.html").get()));
        r.get("/explorer/{file}", ctx -> reply(ctx, page.get(ctx.pathParam("file"))
                .getOrElse(() -> refusal(404, ctx))));
        r.get("/explorer/examples/{file}", ctx -> reply(ctx, page.get("examples/" + ctx.pathParam("file"))
                .getOrElse(() -> refusal(404, ctx))));
        r.get("/schemas/answer.schema.json", ctx -> reply(ctx, new Reply(200, Reply.JSON, answerSchema)));
        r.exception(Reply.Refused.class, (e, ctx) -> reply(ctx, e.reply()));
        r.exception(HttpResponseException.class, (e, ctx) -> reply(ctx, refusal(e.getStatus(), ctx)));
        r.exception(Exception.class, (e, ctx) -> reply(ctx, Reply.problem(500,
                Problem.of(ServerProblem.INTERNAL_ERROR, "(request)"))));
    }

    /** Javalin's own refusals (no such path, wrong method, body too large) in the API's words. */
    static Reply refusal(int status, Context ctx) {
        switch (status) {
            case 404:
                return Reply.problem(404, Problem.of(ServerProblem.NOT_FOUND, "(path)").withFigure("path", ctx.path()));
            case 405:
                return Reply.problem(405, Problem.of(ServerProblem.METHOD_NOT_ALLOWED, "(method)")
                        .withFigures("method", ctx.method().name(), "path", ctx.path()));
            case 413:
                return Reply.problem(413, Problem.of(ServerProblem.TOO_LARGE, "(body)").withFigure("limit", Api.MAX_BODY));
            default:
                return Reply.problem(status < 500 ? 400 : 500, Problem.of(ServerProblem.INTERNAL_ERROR, "(request)"));
        }
    }

    private static void golfAudit(Context ctx, Api api) {
        String type = Option.of(ctx.contentType()).getOrElse("");
        String media = Api.mediaType(type);
        boolean csv = Option.of(ctx.header("Accept")).exists(a -> a.toLowerCase(java.util.Locale.ROOT).contains("text/csv"));
        if (media.equals("multipart/form-data")) {
            Params form = new Params(name -> Option.of(ctx.formParam(name)));
            reply(ctx, api.golfAudit(part(ctx, "course"), part(ctx, "visits"), form, csv));
        } else if (media.equals("text/csv")) {
            Params query = query(ctx);
            reply(ctx, api.golfAudit(Option.of(ctx.queryParam("course")).filter(s -> !s.isBlank()),
                    Option.of(Api.utf8(body(ctx), "visits")), query, csv));
        } else {
            reply(ctx, Api.unsupported(type, List.of("multipart/form-data", "text/csv")));
        }
    }

    /** A multipart part as text: an uploaded file or a plain field. */
    private static Option<String> part(Context ctx, String name) {
        UploadedFile file = ctx.uploadedFile(name);
        if (file != null) {
            try (InputStream in = file.content()) {
                return Option.of(Api.utf8(in.readAllBytes(), name));
            } catch (IOException e) {
                throw new Reply.Refused(Reply.problem(400, Problem.of(ServerProblem.NOT_UTF8, name)));
            }
        }
        return Option.of(ctx.formParam(name)).filter(s -> !s.isBlank());
    }

    private static Params query(Context ctx) {
        Function<String, Option<String>> source = name -> Option.of(ctx.queryParam(name));
        return new Params(source);
    }

    /** The body, at most {@link Api#MAX_BODY} bytes; more is refused with 413 without reading it all. */
    static byte[] body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > Api.MAX_BODY) {
            throw new Reply.Refused(refusal(413, ctx));
        }
        try (InputStream in = ctx.bodyInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (out.size() > Api.MAX_BODY) {
                    throw new Reply.Refused(refusal(413, ctx));
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            // The client went away or sent a broken chunk: nothing of the body can be trusted.
            throw new Reply.Refused(Reply.problem(400, Problem.of(ServerProblem.BAD_REQUEST, "(body)")));
        }
    }

    private static void reply(Context ctx, Reply reply) {
        ctx.status(reply.status()).contentType(reply.contentType()).result(reply.body().getBytes(StandardCharsets.UTF_8));
    }

    /** The explorer's files by name, each with its media type. */
    private static Map<String, Reply> explorer() {
        Map<String, String> types = LinkedHashMap.of("index.html", "text/html; charset=utf-8", "app.js",
                "text/javascript; charset=utf-8", "app.css", "text/css; charset=utf-8", "examples/course-aso.json", Reply.JSON,
                "examples/visits-2026-04.csv", "text/csv; charset=utf-8", "examples/settings-example.json", Reply.JSON,
                "examples/ledger-example.json", Reply.JSON);
        return types.map((name, type) -> io.vavr.Tuple.of(name,
                new Reply(200, type, resource(KisokuServer.class, "explorer/" + name))));
    }

    private static String resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(name + " cannot be read from the jar", e);
        }
    }
}
