//go:build go1.24

package grpcservice

import (
	"crypto/tls"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
)

// region client

// Dial returns a connection to target, such as "dns:///users.internal:443",
// secured with TLS. grpc.NewClient (grpc-go 1.63) replaces the deprecated
// grpc.Dial: it does not connect until the first call, and it resolves
// target with the dns resolver by default.
func Dial(target string, opts ...grpc.DialOption) (*grpc.ClientConn, error) {
	creds := credentials.NewTLS(&tls.Config{MinVersion: tls.VersionTLS12})
	opts = append([]grpc.DialOption{grpc.WithTransportCredentials(creds)}, opts...)
	return grpc.NewClient(target, opts...) // [!code highlight]
}

// endregion client
