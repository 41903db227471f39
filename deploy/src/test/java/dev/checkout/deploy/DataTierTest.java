package dev.checkout.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * prod's data tier survives what an SRE does to it: a node drain takes one RabbitMQ node at a time, and PostgreSQL is
 * backed up to object storage (WAL continuously, a base backup nightly) with the bucket set by the overlay.
 */
class DataTierTest {

    @Test
    void aDrainTakesOneRabbitMqNodeAtATime() {
        List<ObjectNode> objects = Repo.render("prod");
        ObjectNode cluster = Repo.get(objects, "RabbitmqCluster", "rabbitmq");
        ObjectNode budget = Repo.get(objects, "PodDisruptionBudget", "rabbitmq");

        // The labels the RabbitMQ Cluster Operator puts on the cluster's pods.
        assertThat(budget.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText())
                .isEqualTo(cluster.path("metadata").path("name").asText());
        assertThat(budget.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/component")
                .asText()).isEqualTo("rabbitmq");
        int replicas = cluster.path("spec").path("replicas").asInt();
        int maxUnavailable = budget.path("spec").path("maxUnavailable").asInt();
        assertThat(maxUnavailable).as("quorum queues keep a majority of %d replicas", replicas)
                .isPositive().isLessThan(replicas - replicas / 2);
    }

    @Test
    void postgresIsBackedUpToTheBucketTheOverlayNames() {
        List<ObjectNode> objects = Repo.render("prod");
        ObjectNode cluster = Repo.get(objects, "Cluster", "postgres");
        JsonNode store = cluster.path("spec").path("backup").path("barmanObjectStore");

        assertThat(store.path("destinationPath").asText()).isEqualTo("s3://checkout-backups/postgres");
        assertThat(store.path("s3Credentials").findValuesAsText("name")).containsOnly("postgres-backup-s3");
        assertThat(cluster.path("spec").path("backup").path("retentionPolicy").asText()).matches("\\d+[dwm]");
        assertThat(Repo.find(objects, "ConfigMap", "postgres-backup")).as("a render-time setting only").isEmpty();

        List<ObjectNode> schedules = Repo.ofKind(objects, "ScheduledBackup");
        assertThat(schedules).hasSize(1);
        assertThat(schedules.get(0).path("spec").path("cluster").path("name").asText()).isEqualTo("postgres");
        assertThat(schedules.get(0).path("spec").path("schedule").asText().split(" ")).as("CloudNativePG's six-field cron")
                .hasSize(6);
    }
}
