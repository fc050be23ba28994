package org.assetbasedarea.aba.spring;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.json.ReadLimits;
import org.assetbasedarea.aba.json.ReadResult;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Loads the frameworks {@code aba.frameworks} names into a registry, or fails the start. */
final class LocalFrameworks {
  private static final int ISSUES_SHOWN = 20;

  private LocalFrameworks() {}

  static FrameworkRegistry load(List<String> locations, ResourcePatternResolver resolver,
      ReadLimits limits) {
    FrameworkRegistry registry = FrameworkRegistry.builtIn();
    AbaJson reader = AbaJson.builder().limits(limits).build();
    for (String location : locations) {
      Resource[] resources;
      try {
        resources = resolver.getResources(location);
      } catch (IOException e) {
        throw new IllegalStateException("aba.frameworks: cannot list " + location + ": " + e, e);
      }
      int found = 0;
      for (Resource resource : resources) {
        if (!resource.exists() || !resource.isReadable()) {
          continue;
        }
        found++;
        registry = with(registry, read(reader, resource), resource);
      }
      if (found == 0) {
        throw new IllegalStateException("aba.frameworks: no framework file at " + location);
      }
    }
    return registry;
  }

  private static Framework read(AbaJson reader, Resource resource) {
    ReadResult<Framework> result;
    try (InputStream in = resource.getInputStream()) {
      result = reader.read(in, DocumentType.FRAMEWORK);
    } catch (IOException e) {
      throw new IllegalStateException("aba.frameworks: cannot read " + resource + ": " + e, e);
    }
    return result.getDocument().orElseThrow(() -> new IllegalStateException(
        "aba.frameworks: " + resource + " is not a valid framework:" + list(result.getIssues())));
  }

  private static FrameworkRegistry with(FrameworkRegistry registry, Framework framework,
      Resource resource) {
    try {
      return registry.with(framework);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "aba.frameworks: " + resource + " cannot be registered: " + e.getMessage(), e);
    }
  }

  private static String list(List<Issue> issues) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < issues.size() && i < ISSUES_SHOWN; i++) {
      Issue issue = issues.get(i);
      text.append(System.lineSeparator()).append("  ")
          .append(issue.getPath().isEmpty() ? "(document)" : issue.getPath()).append(' ')
          .append(issue.getCode()).append(": ").append(issue.getMessage());
      if (issue.getLine().isPresent()) {
        text.append(" (line ").append(issue.getLine().getAsLong()).append(')');
      }
    }
    if (issues.size() > ISSUES_SHOWN) {
      text.append(System.lineSeparator()).append("  and ").append(issues.size() - ISSUES_SHOWN)
          .append(" more");
    }
    return text.toString();
  }
}
