#!/usr/bin/env bash
# The trail lifecycle (see ../README.md) through the AWS CLI v2, against the mock at $MOCK_CLOUDTRAIL_ENDPOINT.
# Prints "ok N - what" per check and "N checks passed" at the end; stops at the first failed check with
# "not ok N - what: expected ..., got ..." and exit status 1. Credentials and Region come from the environment.
set -uo pipefail

aws_cli=${AWS_CLI:-/usr/bin/aws}
endpoint=${MOCK_CLOUDTRAIL_ENDPOINT:?set MOCK_CLOUDTRAIL_ENDPOINT to the mock, such as http://127.0.0.1:4599}
audit_arn=arn:aws:cloudtrail:us-east-1:123456789012:trail/client-audit
scratch_arn=arn:aws:cloudtrail:us-east-1:123456789012:trail/client-scratch
checks=0
tab=$'\t'
newline=$'\n'

cloudtrail() {
  "$aws_cli" --endpoint-url "$endpoint" --output text cloudtrail "$@"
}

pass() {
  checks=$((checks + 1))
  echo "ok $checks - $1"
}

fail() {
  checks=$((checks + 1))
  echo "not ok $checks - $1"
  exit 1
}

# expect WHAT EXPECTED AWS-CLOUDTRAIL-ARGS...: runs the command, which must succeed and print EXPECTED.
expect() {
  local what=$1 expected=$2 actual
  shift 2
  actual=$(cloudtrail "$@" 2>&1) || fail "$what: the command failed: $actual"
  [[ $actual == "$expected" ]] || fail "$what: expected [$expected], got [$actual]"
  pass "$what"
}

# expect_error WHAT CODE AWS-CLOUDTRAIL-ARGS...: the command must fail with the service's error CODE.
expect_error() {
  local what=$1 code=$2 status output
  shift 2
  output=$(cloudtrail "$@" 2>&1 >/dev/null)
  status=$?
  # 254: the service answered with an error (the CLI's own errors exit 252 or 255).
  [[ $status -eq 254 && $output == *"An error occurred ($code) when calling"* ]] \
    || fail "$what: expected $code and status 254, got status $status: $output"
  pass "$what"
}

# create, describe, get, list
expect "create-trail with tags answers the ARN" "$audit_arn${tab}True" create-trail --name client-audit \
  --s3-bucket-name audit-logs --is-multi-region-trail --tags-list Key=owner,Value=security Key=stage,Value=test \
  --query '[TrailARN,IsMultiRegionTrail]'
expect "create-trail of a second trail" client-scratch create-trail --name client-scratch \
  --s3-bucket-name scratch-logs --query Name
expect "describe-trails by name" "client-audit${tab}us-east-1${tab}True" describe-trails \
  --trail-name-list client-audit --query 'trailList[].[Name,HomeRegion,IsMultiRegionTrail]'
expect "get-trail" audit-logs get-trail --name client-audit --query Trail.S3BucketName
expect "list-trails" "client-audit${tab}client-scratch" list-trails --query 'sort(Trails[].Name)'

# tags
tags_query='ResourceTagList[0].TagsList | sort_by(@, &Key)[].[Key,Value]'
expect "list-tags shows the tags of create-trail" "owner${tab}security${newline}stage${tab}test" list-tags \
  --resource-id-list "$audit_arn" --query "$tags_query"
expect "add-tags" "" add-tags --resource-id "$audit_arn" --tags-list Key=team,Value=ops
expect "remove-tags" "" remove-tags --resource-id "$audit_arn" --tags-list Key=stage
expect "list-tags after adding and removing" "owner${tab}security${newline}team${tab}ops" list-tags \
  --resource-id-list "$audit_arn" --query "$tags_query"

# selectors
expect "put-event-selectors, basic" arn:aws:s3:::audit-logs/ put-event-selectors --trail-name client-audit \
  --event-selectors '[{"ReadWriteType":"WriteOnly","IncludeManagementEvents":true,"DataResources":[{"Type":"AWS::S3::Object","Values":["arn:aws:s3:::audit-logs/"]}]}]' \
  --query 'EventSelectors[0].DataResources[0].Values[0]'
expect "get-event-selectors, basic" WriteOnly get-event-selectors --trail-name client-audit \
  --query 'EventSelectors[0].ReadWriteType'
expect "put-event-selectors, advanced" "S3 writes" put-event-selectors --trail-name client-audit \
  --advanced-event-selectors '[{"Name":"S3 writes","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]},{"Field":"readOnly","Equals":["false"]}]}]' \
  --query 'AdvancedEventSelectors[0].Name'
expect "get-event-selectors, advanced replaced basic" "S3 writes${tab}0" get-event-selectors \
  --trail-name client-audit --query '[AdvancedEventSelectors[0].Name, length(EventSelectors || `[]`)]'
expect "put-insight-selectors" ApiCallRateInsight put-insight-selectors --trail-name client-audit \
  --insight-selectors InsightType=ApiCallRateInsight --query 'InsightSelectors[0].InsightType'
expect "get-insight-selectors" ApiCallRateInsight get-insight-selectors --trail-name client-audit \
  --query 'InsightSelectors[0].InsightType'

# logging
expect "start-logging" "" start-logging --name client-audit
expect "get-trail-status while logging" True get-trail-status --name client-audit --query IsLogging
expect "stop-logging" "" stop-logging --name client-audit
expect "get-trail-status after stopping" "False${tab}True" get-trail-status --name client-audit \
  --query '[IsLogging, StopLoggingTime != `null`]'

# update
expect "update-trail" "audit${tab}True" update-trail --name client-audit --s3-key-prefix audit \
  --enable-log-file-validation --query '[S3KeyPrefix,LogFileValidationEnabled]'

# lookup: by an attribute, and page by page (the 10 writes so far, newest first)
expect "lookup-events by event name" "$scratch_arn${tab}mock-user${newline}$audit_arn${tab}mock-user" lookup-events \
  --lookup-attributes AttributeKey=EventName,AttributeValue=CreateTrail --query 'Events[].[Resources[0].ResourceName,Username]'
# In text output the CLI prints each page it fetched on a line of its own: 4 lines are 4 requests.
write_lookup=(lookup-events --lookup-attributes AttributeKey=ReadOnly,AttributeValue=false --page-size 3
  --query 'Events[].EventName')
expect "lookup-events through every page of 3" "UpdateTrail${tab}StopLogging${tab}StartLogging
PutInsightSelectors${tab}PutEventSelectors${tab}PutEventSelectors
RemoveTags${tab}AddTags${tab}CreateTrail
CreateTrail" "${write_lookup[@]}"
# The query runs on each page too (printing None for the pages before the last): the token is on the last line.
token=$(cloudtrail lookup-events --lookup-attributes AttributeKey=ReadOnly,AttributeValue=false --page-size 3 \
  --max-items 4 --query NextToken 2>&1 | tail -n 1) || fail "lookup-events, a NextToken after 4 events: $token"
[[ -n $token && $token != None ]] || fail "lookup-events, a NextToken after 4 events: got [$token]"
pass "lookup-events, a NextToken after 4 events"
expect "lookup-events from that NextToken on" "PutEventSelectors${tab}PutEventSelectors
RemoveTags${tab}AddTags${tab}CreateTrail
CreateTrail" "${write_lookup[@]}" --starting-token "$token"

# public keys
fingerprint=$(cloudtrail list-public-keys --query 'PublicKeyList[0].Fingerprint' 2>&1) \
  || fail "list-public-keys: $fingerprint"
[[ $fingerprint =~ ^[0-9a-f]{32}$ ]] || fail "list-public-keys: a fingerprint of 32 hex digits, got [$fingerprint]"
pass "list-public-keys"

# documented errors
expect_error "get-trail of an unknown trail" TrailNotFoundException get-trail --name no-such-trail
expect_error "create-trail of an existing name" TrailAlreadyExistsException create-trail --name client-audit \
  --s3-bucket-name audit-logs
expect_error "create-trail with an invalid name" InvalidTrailNameException create-trail --name 'bad name!' \
  --s3-bucket-name audit-logs
expect_error "get-insight-selectors without Insights" InsightNotEnabledException get-insight-selectors \
  --trail-name client-scratch
expect_error "lookup-events with an inverted time range" InvalidTimeRangeException lookup-events \
  --start-time 2024-03-02T00:00:00Z --end-time 2024-03-01T00:00:00Z
expect_error "lookup-events with MaxResults 51" InvalidMaxResultsException lookup-events --max-results 51
expect_error "put-event-selectors with basic and advanced selectors" InvalidEventSelectorsException \
  put-event-selectors --trail-name client-audit --event-selectors '[{"ReadWriteType":"All"}]' \
  --advanced-event-selectors '[{"FieldSelectors":[{"Field":"eventCategory","Equals":["Management"]}]}]'
expect_error "put-insight-selectors with an unknown type" InvalidInsightSelectorsException put-insight-selectors \
  --trail-name client-audit --insight-selectors InsightType=ApiFooInsight

# delete
expect "delete-trail by name" "" delete-trail --name client-audit
expect "delete-trail by ARN" "" delete-trail --name "$scratch_arn"
expect "describe-trails after deleting" 0 describe-trails --query 'length(trailList)'
expect_error "get-trail of a deleted trail" TrailNotFoundException get-trail --name client-audit

echo "$checks checks passed"
