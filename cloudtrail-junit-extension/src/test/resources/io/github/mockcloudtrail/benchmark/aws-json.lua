-- wrk script for one AWS JSON 1.1 request, as an SDK sends it: POST / with the operation in X-Amz-Target, a
-- SigV4-shaped Authorization header (the mock reads its credential scope and verifies no signature) and a body.
-- The benchmark sets BENCH_OPERATION, BENCH_BODY and BENCH_AUTHORIZATION.
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/x-amz-json-1.1"
wrk.headers["X-Amz-Target"] = "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101." .. os.getenv("BENCH_OPERATION")
wrk.headers["X-Amz-Date"] = "20240301T120000Z"
wrk.headers["Authorization"] = os.getenv("BENCH_AUTHORIZATION")
