"""Folders to and from the local S3 endpoint of the 55-s3a-lake stage (moto's server), with boto3.

  s3_tree.py ENDPOINT mb BUCKET          create a bucket
  s3_tree.py ENDPOINT put DIR BUCKET/KEY upload every file below DIR under the prefix KEY
  s3_tree.py ENDPOINT get BUCKET/KEY DIR download every object below the prefix KEY into DIR
  s3_tree.py ENDPOINT ls BUCKET/KEY      print every key below the prefix, one per line, sorted

Credentials come from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), as for the CLI."""
import pathlib
import sys

import boto3


def split(location):
    bucket, _, prefix = location.partition("/")
    return bucket, prefix.rstrip("/")


def keys(s3, bucket, prefix):
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix + "/"):
        for item in page.get("Contents", []):
            yield item["Key"]


def main(endpoint, command, *args):
    s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
    if command == "mb":
        s3.create_bucket(Bucket=args[0])
    elif command == "put":
        folder, (bucket, prefix) = pathlib.Path(args[0]), split(args[1])
        for file in sorted(p for p in folder.rglob("*") if p.is_file()):
            s3.upload_file(str(file), bucket, f"{prefix}/{file.relative_to(folder).as_posix()}")
    elif command == "get":
        (bucket, prefix), folder = split(args[0]), pathlib.Path(args[1])
        for key in keys(s3, bucket, prefix):
            target = folder / key[len(prefix) + 1:]
            if key.endswith("/"):
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            s3.download_file(bucket, key, str(target))
    elif command == "ls":
        for key in sorted(keys(s3, *split(args[0]))):
            print(key)
    else:
        sys.exit(f"s3_tree.py: unknown command {command}")


if __name__ == "__main__":
    main(*sys.argv[1:])
