//go:build go1.26

package config

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name, data, want string
	}{
		{"valid", `{"addr": ":8080", "workers": 4}`, ""},
		{"syntax error", "{\n  \"addr\": \":8080\",\n  \"workers\": 4,\n}", `app.json:4:1: invalid character '}' looking for beginning of object key string`},
		{"syntax error on line 1", `{"addr" ":8080"}`, `app.json:1:9: invalid character '"' after object key`},
		{"wrong type", "{\n  \"addr\": \":8080\",\n  \"workers\": \"four\"\n}", `app.json:3: json: cannot unmarshal string into Go struct field Config.workers of type int`},
		{"column counts bytes, not characters", `{"addr": "é" x}`, `app.json:1:15: invalid character 'x' after object key:value pair`},
		{"CRLF line endings", "{\r\n  \"addr\": \":8080\",\r\n}", `app.json:3:1: invalid character '}' looking for beginning of object key string`},
		{"data after the value", "{\"addr\": \":8080\"}\n{}", `app.json:2:1: invalid character '{' after top-level value`},
		{"number too big for int", `{"workers": 99999999999999999999}`, `app.json:1: json: cannot unmarshal number 99999999999999999999 into Go struct field Config.workers of type int`},
		{"empty file", ``, `app.json:1:1: unexpected end of JSON input`},
		{"cut short", "{\n  \"addr\": \":80", `app.json:2:14: unexpected end of JSON input`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse("app.json", []byte(tc.data))
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tc.want {
				t.Fatalf("Parse: error %q, want %q", got, tc.want)
			}
			if err == nil && (c.Addr != ":8080" || c.Workers != 4) {
				t.Errorf("Parse = %+v, want :8080 and 4 workers", c)
			}
		})
	}
}

func TestParseKeepsTheChain(t *testing.T) {
	_, err := Parse("app.json", []byte(`{`))
	var syntaxErr *json.SyntaxError
	if !errors.As(err, &syntaxErr) {
		t.Errorf("Parse of %q: %v, want a wrapped *json.SyntaxError", `{`, err)
	}
	_, err = Parse("app.json", []byte(`{"workers": "four"}`))
	var typeErr *json.UnmarshalTypeError
	if !errors.As(err, &typeErr) || typeErr.Field != "workers" {
		t.Errorf("Parse: %v, want a wrapped *json.UnmarshalTypeError for the field workers", err)
	}
}

func TestParseOfNilInput(t *testing.T) {
	if _, err := Parse("app.json", nil); err == nil || err.Error() != "app.json:1:1: unexpected end of JSON input" {
		t.Errorf("Parse(nil): %v, want app.json:1:1: unexpected end of JSON input", err)
	}
}
