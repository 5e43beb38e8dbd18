module fieldguide.dev/examples

go 1.25
