module github.com/kooperacja/kooperacja

go 1.24

require github.com/santhosh-tekuri/jsonschema/v5 v5.3.1
