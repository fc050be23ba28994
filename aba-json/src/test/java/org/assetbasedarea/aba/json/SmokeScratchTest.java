package org.assetbasedarea.aba.json;

import java.util.Random;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.junit.jupiter.api.Test;

class SmokeScratchTest {
  @Test
  void scratch() {
    AbaJson json = AbaJson.standard();
    Assessment a = AssessmentGenerator.validAssessment(new Random(3));
    String text = json.writeString(a);
    System.out.println(text.substring(0, Math.min(600, text.length())));
    ReadResult<Assessment> r = json.read(text, DocumentType.ASSESSMENT);
    System.out.println(r + " equal=" + r.getDocument().map(a::equals));
    System.out.println(json.writePretty(Frameworks.aba2020()).substring(0, 400));
    System.out.println(json.read(json.write(Frameworks.aba2020()), DocumentType.FRAMEWORK));
    String bad = "{\"schemaVersion\":2,\"framework\":\"aba-2020\",\"area\":{\"code\":\"X1\",\"name\":\" \"},\n"
        + "\"assessedOn\":\"2026-02-30\",\"participants\":[{\"role\":\"NHS\",\"count\":0},{\"role\":\"NHS\",\"count\":1}],"
        + "\"ratings\":[{\"action\":\"nope\",\"rating\":3.5,\"evidence\":[]},{\"action\":\"share-power\",\"rating\":5,\"evidence\":[{\"kind\":\"X\",\"summary\":\"\",\"source\":\"ftp://x\"}],\"@class\":\"java.lang.Runtime\"}]}";
    json.read(bad, DocumentType.ASSESSMENT).getIssues().forEach(System.out::println);
    String bad2 = "{\"schemaVersion\":1,\"framework\":\"aba-2020\",\"area\":{\"code\":\"E08000035\",\"name\":\"L\"},"
        + "\"assessedOn\":\"2026-02-03\",\"participants\":[{\"role\":\"NHS\",\"count\":1},{\"role\":\"NHS\",\"count\":1}],"
        + "\"ratings\":[{\"action\":\"nope\",\"rating\":3,\"evidence\":[]},{\"action\":\"share-power\",\"rating\":5,\"evidence\":[]},{\"action\":\"share-power\",\"rating\":2,\"evidence\":[]}]}";
    json.read(bad2, DocumentType.ASSESSMENT).getIssues().forEach(System.out::println);
    for (String s : new String[] {"{\"a\":1,\"a\":2}", "[1,2", "{\"rating\": 1e999999}", "NaN", "{} x", "", "{\"x\":\"\u0001\"}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "{\"schemaVersion\":1,\"framework\":\"aba-2020\",\"area\":{\"code\":\"E08000035\",\"name\":\"L\"},\"assessedOn\":\"2026-02-03\",\"participants\":[],\"ratings\":[{\"action\":\"share-power\",\"rating\":1234567890123456789012345678901234567890,\"evidence\":[]}]}"}) {
      System.out.println(s.length() > 40 ? s.substring(0, 40) : s);
      json.read(s, DocumentType.ASSESSMENT).getIssues().forEach(i -> System.out.println("   " + i));
    }
    json.read(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}, DocumentType.ASSESSMENT).getIssues().forEach(System.out::println);
  }
}
