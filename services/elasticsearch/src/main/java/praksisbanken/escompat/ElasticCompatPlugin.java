package praksisbanken.escompat;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.opensearch.common.network.NetworkService;
import org.opensearch.common.settings.ClusterSettings;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.util.BigArrays;
import org.opensearch.common.util.PageCacheRecycler;
import org.opensearch.core.indices.breaker.CircuitBreakerService;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.http.netty4.Netty4HttpServerTransport;
import org.opensearch.plugins.NetworkPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.telemetry.tracing.Tracer;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.SharedGroupFactory;

/**
 * Makes the node speak enough "Elasticsearch 8" on HTTP for the official 8.x clients.
 *
 * The elasticsearch-py 8.x client (and other 8.x clients) sends
 * "Content-Type/Accept: application/vnd.elasticsearch+json; compatible-with=8",
 * which OpenSearch answers with 406, and refuses any 2xx response lacking
 * "X-Elastic-Product: Elasticsearch". This registers the normal Netty HTTP
 * transport under the name {@value #HTTP_TYPE} (selected with http.type) with
 * one extra pipeline handler that rewrites those media types to the plain ones
 * and adds the product header to every response.
 */
public class ElasticCompatPlugin extends Plugin implements NetworkPlugin {

    public static final String HTTP_TYPE = "es-compat-netty4";

    @Override
    public Map<String, Supplier<HttpServerTransport>> getHttpTransports(
            Settings settings, ThreadPool threadPool, BigArrays bigArrays, PageCacheRecycler pageCacheRecycler,
            CircuitBreakerService circuitBreakerService, NamedXContentRegistry xContentRegistry,
            NetworkService networkService, HttpServerTransport.Dispatcher dispatcher,
            ClusterSettings clusterSettings, Tracer tracer) {
        return Map.of(HTTP_TYPE, () -> new Netty4HttpServerTransport(settings, networkService, bigArrays,
                threadPool, xContentRegistry, dispatcher, clusterSettings, new SharedGroupFactory(settings), tracer) {
            // createHeaderVerifier() is OpenSearch's hook for a per-connection handler that
            // sits right after HTTP decoding, i.e. before requests are parsed.
            @Override
            protected ChannelInboundHandlerAdapter createHeaderVerifier() {
                return new CompatHandler();
            }
        });
    }

    static final class CompatHandler extends ChannelDuplexHandler {
        // application/vnd.elasticsearch+json; compatible-with=8  ->  application/json (same for x-ndjson)
        private static final Pattern COMPAT_MEDIA_TYPE = Pattern.compile(
                "application/vnd\\.elasticsearch\\+([\\w.-]+)(\\s*;\\s*compatible-with\\s*=\\s*\\d+)?",
                Pattern.CASE_INSENSITIVE);

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (msg instanceof HttpRequest request) {
                rewrite(request.headers(), "Content-Type");
                rewrite(request.headers(), "Accept");
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof HttpResponse response) {
                response.headers().set("X-Elastic-Product", "Elasticsearch");
            }
            ctx.write(msg, promise);
        }

        private static void rewrite(HttpHeaders headers, String name) {
            String value = headers.get(name);
            if (value != null) {
                headers.set(name, COMPAT_MEDIA_TYPE.matcher(value).replaceAll("application/$1"));
            }
        }
    }
}
