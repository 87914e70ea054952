package dev.drydock.core.testing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** As a static extension, TestContainers keeps class-level containers and removes per-test ones. */
@DaemonTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestContainersExtensionTest {

    @RegisterExtension
    static final TestContainers CONTAINERS = new TestContainers();

    private static String classLevel;
    private static String madeByFirstTest;

    @BeforeAll
    static void createShared() {
        classLevel = CONTAINERS.create(TestImages.busybox());
    }

    @Test
    @Order(1)
    void aTestCreatesItsOwnContainer() {
        madeByFirstTest = CONTAINERS.create(TestImages.busybox());
        assertThat(exists(madeByFirstTest)).isTrue();
    }

    @Test
    @Order(2)
    void itIsGoneInTheNextTestWhileTheSharedOneStays() {
        assertThat(madeByFirstTest).isNotNull();
        assertThat(exists(madeByFirstTest)).isFalse();
        assertThat(exists(classLevel)).isTrue();
    }

    private static boolean exists(String id) {
        return TestDocker.client().listContainersCmd().withShowAll(true).withIdFilter(java.util.List.of(id)).exec()
                .stream().anyMatch(c -> c.getId().equals(id));
    }
}
