package dev.octavo.preview;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The open pages, each kept up to date over Server-Sent Events. A page that connects is sent the latest event of
 * each kind first, so that it shows the book as it is now; a page that has gone is dropped at the next event.
 */
final class EventStream {
    private final List<HttpExchange> pages = new ArrayList<>();
    private final Map<String, Supplier<String>> latest = new LinkedHashMap<>();

    /** Keeps the page's response open as an event stream, and sends it the latest events. */
    synchronized void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        pages.add(exchange);
        for (Map.Entry<String, Supplier<String>> event : latest.entrySet()) {
            if (!send(exchange, event.getKey(), event.getValue().get())) {
                pages.remove(exchange);
                return;
            }
        }
    }

    /** Sends an event to every open page, and to every page that connects later until another of its kind. */
    synchronized void send(String event, String data) {
        send(event, data, () -> data);
    }

    /**
     * Sends an event to the pages open now, and keeps another one of its kind for the pages that connect later (the
     * open pages have it in parts; the other is made only when a page connects).
     */
    synchronized void send(String event, String data, Supplier<String> forLater) {
        latest.put(event, forLater);
        pages.removeIf(page -> !send(page, event, data));
    }

    /** A comment to every page: finds the pages that went away while nothing changed. */
    synchronized void ping() {
        pages.removeIf(page -> !write(page, ": ping\n\n"));
    }

    synchronized int openPages() {
        return pages.size();
    }

    synchronized void closeAll() {
        pages.forEach(HttpExchange::close);
        pages.clear();
    }

    private static boolean send(HttpExchange page, String event, String data) {
        StringBuilder text = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            text.append("data: ").append(line).append('\n');
        }
        return write(page, text.append('\n').toString());
    }

    private static boolean write(HttpExchange page, String text) {
        try {
            OutputStream body = page.getResponseBody();
            body.write(text.getBytes(StandardCharsets.UTF_8));
            body.flush();
            return true;
        } catch (IOException e) {
            page.close();
            return false;
        }
    }
}
