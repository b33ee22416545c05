package org.vndirective.lineage.serve;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * When the operator allows some SERVICE endpoints, ARQ may call out; this link, first in the dataset's chain of
 * service executors, lets through only the allowed ones, whatever a variable bound at run time says.
 */
final class ServiceGate {
    private ServiceGate() {}

    static void install(Context context, Set<String> allowed) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.chooseRegistry(context));
        registry.addSingleLink((opExecute, opOriginal, binding, execCxt, chain) -> {
            Node service = opExecute.getService();
            if (!service.isURI() || !allowed.contains(service.getURI())) {
                throw new QueryDeniedException("SERVICE " + service + " is not an endpoint this server may call");
            }
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }
}
