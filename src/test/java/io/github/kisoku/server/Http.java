package io.github.kisoku.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A client of the test server that checks every response it receives: against the OpenAPI
 * description the server serves ({@code openapi.json}: the path, the method, the status, the
 * media type and, for JSON, the schema), and for the absence of a stack trace or a Java class
 * name. Thread-safe.
 */
final class Http {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** A qualified Java name, a stack frame or an exception's class: none may reach a client. */
    private static final Pattern JAVA = Pattern.compile(
            "\\b(?:java|javax|jakarta|io\\.javalin|org\\.eclipse|com\\.fasterxml|io\\.github\\.kisoku|io\\.vavr)\\.[a-z]"
                    + "|\\bat [a-z]+(?:\\.[a-zA-Z$_]+)+\\(|[A-Za-z]+Exception\\b|[A-Za-z]+Error:"
                    // a Java type's member, e.g. StreamReadConstraints.getMaxNestingDepth
                    + "|\\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\\.[A-Za-z_]+");
    private static final JsonNode OPENAPI = read("/io/github/kisoku/server/openapi.json");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix("http://kisoku.test/schemas/", "classpath:io/github/kisoku/cli/")));
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Response(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Response get(String path) {
        return send("GET", path, HttpRequest.newBuilder(URI.create(base + path)).GET(), null);
    }

    Response get(String path, String accept) {
        return send("GET", path, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET(), null);
    }

    Response post(String path, String contentType, String body) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), null);
    }

    Response post(String path, String contentType, byte[] body, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send("POST", path, b, null);
    }

    Response method(String method, String path) {
        return send(method, path, HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody()), null);
    }

    private Response send(String method, String path, HttpRequest.Builder request, Object unused) {
        HttpResponse<byte[]> r;
        try {
            r = client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Response response = new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                new String(r.body(), StandardCharsets.UTF_8));
        check(method, path, response);
        return response;
    }

    /** Checks a response against the OpenAPI description and for Java names. */
    static void check(String method, String pathAndQuery, Response r) {
        assertThat(JAVA.matcher(r.body()).find()).as("a Java name or stack in %s %s: %s", method, pathAndQuery,
                r.body()).isFalse();
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String media = r.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        String pointer = pointer(method, path, r.status(), media);
        if (media.equals("application/json")) {
            JsonSchema schema = SCHEMAS.computeIfAbsent(pointer, Http::schema);
            Set<ValidationMessage> errors = schema.validate(r.json());
            assertThat(errors).as("%s %s → %d: %s", method, pathAndQuery, r.status(), r.body()).isEmpty();
        }
    }

    /** Where in the description the response's schema is, as a JSON pointer. */
    private static String pointer(String method, String path, int status, String media) {
        String template = null;
        for (Iterator<String> it = OPENAPI.get("paths").fieldNames(); it.hasNext();) {
            String t = it.next();
            if (path.matches(t.replaceAll("\\{[^}]+}", "[^/]+"))) {
                template = t;
            }
        }
        JsonNode op = template == null ? null : OPENAPI.get("paths").get(template).get(method.toLowerCase(Locale.ROOT));
        if (op == null) {
            // no such path, or not this method: the 404 or 405 every path documents
            assertThat(status).as("%s %s", method, path).isIn(404, 405);
            assertThat(media).isEqualTo("application/json");
            return "#/components/schemas/Failure";
        }
        JsonNode response = op.get("responses").get(String.valueOf(status));
        assertThat(response).as("status %d of %s %s is documented", status, method, template).isNotNull();
        assertThat(response.get("content").has(media)).as("media type %s of %s %s → %d is documented", media, method,
                template, status).isTrue();
        return "#/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + status
                + "/content/" + escape(media) + "/schema";
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static JsonSchema schema(String pointer) {
        ObjectNode root = OPENAPI.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "http://kisoku.test/openapi.json");
        root.put("$ref", pointer);
        return FACTORY.getSchema(root);
    }

    static JsonNode read(String resource) {
        try (InputStream in = Http.class.getResourceAsStream(resource)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
