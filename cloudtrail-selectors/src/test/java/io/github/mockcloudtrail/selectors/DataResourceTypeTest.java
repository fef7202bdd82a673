package io.github.mockcloudtrail.selectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataResourceTypeTest {

    @ParameterizedTest(name = "{0} {1} covers {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            AWS::S3::Object       | arn:aws:s3:::                | arn:aws:s3:::any-bucket/key                               | true
            AWS::S3::Object       | arn:aws:s3:::bucket-1/       | arn:aws:s3:::bucket-1/key                                 | true
            AWS::S3::Object       | arn:aws:s3:::bucket-1/       | arn:aws:s3:::bucket-10/key                                | false
            AWS::S3::Object       | arn:aws:s3:::bucket-1/img    | arn:aws:s3:::bucket-1/img/cat.png                         | true
            AWS::Lambda::Function | arn:aws:lambda               | arn:aws:lambda:us-west-2:111111111111:function:helloworld | true
            AWS::Lambda::Function | arn:aws:lambda               | arn:aws:lambdax:us-west-2:111111111111:function:f         | false
            AWS::Lambda::Function | arn:aws:lambda:us-west-2:111111111111:function:helloworld | arn:aws:lambda:us-west-2:111111111111:function:helloworld2 | false
            AWS::DynamoDB::Table  | arn:aws:dynamodb             | arn:aws:dynamodb:us-east-1:111111111111:table/Orders      | true
            AWS::DynamoDB::Table  | arn:aws-cn:dynamodb          | arn:aws:dynamodb:us-east-1:111111111111:table/Orders      | false
            AWS::DynamoDB::Table  | arn:aws:dynamodb:us-east-1:111111111111:table/Orders | arn:aws:dynamodb:us-east-1:111111111111:table/Orders | true
            """)
    void coversResourcesAsTheReferenceDescribes(String type, String value, String arn, boolean covered) {
        assertThat(DataResourceType.fromValue(type).orElseThrow().covers(value, arn)).isEqualTo(covered);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            AWS::S3::Object       | arn:aws:s3:::                       | true
            AWS::S3::Object       | arn:aws-cn:s3:::                    | true
            AWS::S3::Object       | arn:aws:s3:::bucket-1/              | false
            AWS::S3::Object       | arn:aws:s3                          | false
            AWS::Lambda::Function | arn:aws:lambda                      | true
            AWS::Lambda::Function | arn:aws:lambda:us-east-1            | false
            AWS::DynamoDB::Table  | arn:aws:dynamodb                    | true
            AWS::DynamoDB::Table  | arn:aws:lambda                      | false
            """)
    void knowsTheValuesThatCoverEveryResource(String type, String value, boolean everyResource) {
        assertThat(DataResourceType.fromValue(type).orElseThrow().coversEveryResource(value)).isEqualTo(everyResource);
    }
}
