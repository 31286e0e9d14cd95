package org.boardpack.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop settings (file system credentials and endpoints among them) carried to the
 * executors, where each task opens its input files with them; Hadoop's {@link Configuration} is not
 * itself serializable.
 */
public record HadoopConf(Map<String, String> entries) implements Serializable {

    public static HadoopConf of(Configuration conf) {
        Map<String, String> entries = new HashMap<>();
        conf.forEach(e -> entries.put(e.getKey(), e.getValue()));
        return new HadoopConf(Map.copyOf(entries));
    }

    public Configuration configuration() {
        Configuration conf = new Configuration(false);
        entries.forEach(conf::set);
        return conf;
    }
}
