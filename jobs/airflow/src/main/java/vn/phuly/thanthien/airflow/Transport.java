package vn.phuly.thanthien.airflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import vn.phuly.thanthien.airflow.AirflowException.Problem;

/**
 * HTTP to Airflow: JSON in and out, a bearer token from {@code POST /auth/token} (a new one on 401,
 * since tokens expire), and retries with back-off of what may succeed a moment later — no answer
 * at all, or 502/503/504 — and of nothing else.
 */
final class Transport {
  /** An answer: its status and its JSON body (a missing node when empty or not JSON). */
  record Response(int status, JsonNode body, String text) {}

  static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private static final Set<Integer> RETRIED = Set.of(502, 503, 504);
  private static final int ATTEMPTS = 5;
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final AirflowSettings settings;
  private final HttpClient http;
  private final Timer timer;
  private String token;

  Transport(AirflowSettings settings, Timer timer) {
    this.settings = settings;
    this.timer = timer;
    // HTTP/1.1: over plain http the client's default (an h2c upgrade) loses a POST's body on
    // Airflow's server (uvicorn), which then answers 500 to POST /auth/token
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** {@code method path} with a token, the body (null: none) as JSON. */
  Response send(String method, String path, Object body) {
    Response response = sendOnce(method, path, body, authorization());
    if (response.status() == 401) {
      token = null;
      response = sendOnce(method, path, body, authorization());
      if (response.status() == 401) {
        throw unauthorised("the token was refused again after a new one was fetched");
      }
    }
    if (response.status() == 403) {
      throw unauthorised("user '" + settings.user() + "' may not " + method + " " + path);
    }
    return response;
  }

  /** Without a token (the health endpoint needs none). */
  Response sendAnonymous(String method, String path) {
    return sendOnce(method, path, null, null);
  }

  static <T> T read(Response response, Class<T> type) {
    try {
      return JSON.treeToValue(response.body(), type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new AirflowException(Problem.SERVER_ERROR, "unreadable answer (" + response.status() + "): " + e.getMessage(), e);
    }
  }

  /** The server's own words for an error answer, cut short. */
  static String detail(Response response) {
    JsonNode detail = response.body().path("detail");
    String text = detail.isMissingNode() ? response.text() : detail.isTextual() ? detail.asText() : detail.toString();
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private String authorization() {
    if (token == null) {
      token = fetchToken();
    }
    return "Bearer " + token;
  }

  private String fetchToken() {
    Response response = sendOnce("POST", "/auth/token", Map.of("username", nullToEmpty(settings.user()),
        "password", nullToEmpty(settings.password())), null);
    if (response.status() == 401 || response.status() == 403) {
      throw unauthorised("user '" + settings.user() + "' or the password was refused by POST /auth/token");
    }
    String value = response.body().path("access_token").asText("");
    if (response.status() / 100 != 2 || value.isEmpty()) {
      throw new AirflowException(Problem.SERVER_ERROR, "POST /auth/token answered " + response.status() + ": " + detail(response));
    }
    return value;
  }

  private Response sendOnce(String method, String path, Object body, String authorization) {
    URI uri = URI.create(settings.url() + path);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Accept", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(json(body)));
    }
    Duration pause = Backoff.REQUESTS.first();
    for (int attempt = 1; ; attempt++) {
      String failure;
      Throwable cause = null;
      try {
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (!RETRIED.contains(answer.statusCode())) {
          return new Response(answer.statusCode(), parse(answer.body()), answer.body());
        }
        failure = "answered " + answer.statusCode();
      } catch (IOException e) {
        failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        cause = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AirflowException(Problem.UNREACHABLE, "interrupted while calling " + uri, e);
      }
      if (attempt == ATTEMPTS) {
        throw new AirflowException(Problem.UNREACHABLE,
            "Airflow at " + settings.url() + " " + failure + " (" + method + " " + path + ", " + ATTEMPTS + " attempts)", cause);
      }
      timer.sleep(pause);
      pause = Backoff.REQUESTS.after(pause);
    }
  }

  private static byte[] json(Object body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write the request body as JSON", e);
    }
  }

  private static JsonNode parse(String text) {
    try {
      return text == null || text.isBlank() ? JSON.missingNode() : JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return JSON.missingNode();
    }
  }

  private AirflowException unauthorised(String why) {
    return new AirflowException(Problem.UNAUTHORISED, "Airflow at " + settings.url() + ": " + why);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
