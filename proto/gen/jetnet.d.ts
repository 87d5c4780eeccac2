import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace jetnet. */
export namespace jetnet {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an Error.
         * @deprecated Use jetnet.v1.Error.$Properties instead.
         */
        interface IError extends jetnet.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * One of INVALID, NOT_FOUND, ALREADY_EXISTS, CONFLICT, FORBIDDEN, UNAVAILABLE, INTERNAL,
             * EXPIRED (a list's revision can no longer be served) or RESOURCE_EXHAUSTED (the reply would
             * not fit in one NATS message: ask for smaller pages).
             */
            code: string;

            /** Error message. */
            message: string;

            /** For INVALID: the offending field as a dotted path, e.g. "spec.cidr". */
            field: string;

            /**
             * For EXPIRED: the oldest revision a list can still be served at; start the list again
             * without a continue token.
             */
            revision: number;

            /**
             * For UNAVAILABLE when the service refuses a create because too many attachments wait for an
             * address: how long to wait before sending it again (ms); 0 = no hint.
             */
            retryAfterMs: number;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: jetnet.v1.Error.$Shape): jetnet.v1.Error & jetnet.v1.Error.$Shape;
            static create(properties?: jetnet.v1.Error.$Properties): jetnet.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link jetnet.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.Error & jetnet.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.Error & jetnet.v1.Error.$Shape;

            /**
             * Verifies an Error message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /**
                 * One of INVALID, NOT_FOUND, ALREADY_EXISTS, CONFLICT, FORBIDDEN, UNAVAILABLE, INTERNAL,
                 * EXPIRED (a list's revision can no longer be served) or RESOURCE_EXHAUSTED (the reply would
                 * not fit in one NATS message: ask for smaller pages).
                 */
                code?: (string|null);

                /** Error message */
                message?: (string|null);

                /** For INVALID: the offending field as a dotted path, e.g. "spec.cidr". */
                field?: (string|null);

                /**
                 * For EXPIRED: the oldest revision a list can still be served at; start the list again
                 * without a continue token.
                 */
                revision?: (number|null);

                /**
                 * For UNAVAILABLE when the service refuses a create because too many attachments wait for an
                 * address: how long to wait before sending it again (ms); 0 = no hint.
                 */
                retryAfterMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = jetnet.v1.Error.$Properties;
        }

        /**
         * Properties of a GetRequest.
         * @deprecated Use jetnet.v1.GetRequest.$Properties instead.
         */
        interface IGetRequest extends jetnet.v1.GetRequest.$Properties {
        }

        /** Represents a GetRequest. */
        class GetRequest {

            /**
             * Constructs a new GetRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.GetRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetRequest name. */
            name: string;

            /**
             * Creates a new GetRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetRequest instance
             */
            static create(properties: jetnet.v1.GetRequest.$Shape): jetnet.v1.GetRequest & jetnet.v1.GetRequest.$Shape;
            static create(properties?: jetnet.v1.GetRequest.$Properties): jetnet.v1.GetRequest;

            /**
             * Encodes the specified GetRequest message. Does not implicitly {@link jetnet.v1.GetRequest.verify|verify} messages.
             * @param message GetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.GetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.GetRequest & jetnet.v1.GetRequest.$Shape} GetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.GetRequest & jetnet.v1.GetRequest.$Shape;

            /**
             * Verifies a GetRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetRequest
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.GetRequest;

            /**
             * Creates a plain object from a GetRequest message. Also converts values to other types if specified.
             * @param message GetRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.GetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetRequest {

            /** Properties of a GetRequest. */
            interface $Properties {

                /** GetRequest name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetRequest. */
            type $Shape = jetnet.v1.GetRequest.$Properties;
        }

        /**
         * Properties of a DeleteRequest.
         * @deprecated Use jetnet.v1.DeleteRequest.$Properties instead.
         */
        interface IDeleteRequest extends jetnet.v1.DeleteRequest.$Properties {
        }

        /** Represents a DeleteRequest. */
        class DeleteRequest {

            /**
             * Constructs a new DeleteRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.DeleteRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteRequest name. */
            name: string;

            /** The object's revision must equal this; 0 = unconditional. */
            expectedRevision: number;

            /**
             * Creates a new DeleteRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteRequest instance
             */
            static create(properties: jetnet.v1.DeleteRequest.$Shape): jetnet.v1.DeleteRequest & jetnet.v1.DeleteRequest.$Shape;
            static create(properties?: jetnet.v1.DeleteRequest.$Properties): jetnet.v1.DeleteRequest;

            /**
             * Encodes the specified DeleteRequest message. Does not implicitly {@link jetnet.v1.DeleteRequest.verify|verify} messages.
             * @param message DeleteRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.DeleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.DeleteRequest & jetnet.v1.DeleteRequest.$Shape} DeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.DeleteRequest & jetnet.v1.DeleteRequest.$Shape;

            /**
             * Verifies a DeleteRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeleteRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeleteRequest
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.DeleteRequest;

            /**
             * Creates a plain object from a DeleteRequest message. Also converts values to other types if specified.
             * @param message DeleteRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.DeleteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteRequest {

            /** Properties of a DeleteRequest. */
            interface $Properties {

                /** DeleteRequest name */
                name?: (string|null);

                /** The object's revision must equal this; 0 = unconditional. */
                expectedRevision?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteRequest. */
            type $Shape = jetnet.v1.DeleteRequest.$Properties;
        }

        /**
         * Properties of a DeleteReply.
         * @deprecated Use jetnet.v1.DeleteReply.$Properties instead.
         */
        interface IDeleteReply extends jetnet.v1.DeleteReply.$Properties {
        }

        /** Represents a DeleteReply. */
        class DeleteReply {

            /**
             * Constructs a new DeleteReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.DeleteReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The last revision of the object that was deleted. */
            revision?: (number|null);

            /** DeleteReply error. */
            error?: (jetnet.v1.Error.$Properties|null);

            /** DeleteReply result. */
            result?: ("revision"|"error");

            /**
             * Creates a new DeleteReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteReply instance
             */
            static create(properties: jetnet.v1.DeleteReply.$Shape): jetnet.v1.DeleteReply & jetnet.v1.DeleteReply.$Shape;
            static create(properties?: jetnet.v1.DeleteReply.$Properties): jetnet.v1.DeleteReply;

            /**
             * Encodes the specified DeleteReply message. Does not implicitly {@link jetnet.v1.DeleteReply.verify|verify} messages.
             * @param message DeleteReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.DeleteReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.DeleteReply & jetnet.v1.DeleteReply.$Shape} DeleteReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.DeleteReply & jetnet.v1.DeleteReply.$Shape;

            /**
             * Verifies a DeleteReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeleteReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeleteReply
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.DeleteReply;

            /**
             * Creates a plain object from a DeleteReply message. Also converts values to other types if specified.
             * @param message DeleteReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.DeleteReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteReply {

            /** Properties of a DeleteReply. */
            interface $Properties {

                /** The last revision of the object that was deleted. */
                revision?: (number|null);

                /** DeleteReply error */
                error?: (jetnet.v1.Error.$Properties|null);

                /** DeleteReply result */
                result?: ("revision"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a DeleteReply. */
            type $Shape = {
              revision?: number|null;
              error?: jetnet.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; revision?: null; error?: null }|{ result?: "revision"; revision: number; error?: null }|{ result?: "error"; revision?: null; error: jetnet.v1.Error.$Shape })
            );
        }

        /**
         * Properties of a BatchRequest.
         * @deprecated Use jetnet.v1.BatchRequest.$Properties instead.
         */
        interface IBatchRequest extends jetnet.v1.BatchRequest.$Properties {
        }

        /**
         * Several writes of one kind in one namespace, in one request (subject
         * jetnet.api.v1.<ns>.<kind>.batch): the SDK sends the writes that accumulate while its previous
         * one is in flight this way, so a busy client costs one request and one reply for many writes,
         * and an idle one no added wait. Each op is what its own request would be (its verb, "create",
         * "update" or "delete", and its body); the ops run as their own requests would, at once, except
         * that ops on one object run one after the other in the order given.
         */
        class BatchRequest {

            /**
             * Constructs a new BatchRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.BatchRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchRequest ops. */
            ops: jetnet.v1.BatchOp.$Properties[];

            /**
             * Creates a new BatchRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchRequest instance
             */
            static create(properties: jetnet.v1.BatchRequest.$Shape): jetnet.v1.BatchRequest & jetnet.v1.BatchRequest.$Shape;
            static create(properties?: jetnet.v1.BatchRequest.$Properties): jetnet.v1.BatchRequest;

            /**
             * Encodes the specified BatchRequest message. Does not implicitly {@link jetnet.v1.BatchRequest.verify|verify} messages.
             * @param message BatchRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.BatchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.BatchRequest & jetnet.v1.BatchRequest.$Shape} BatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.BatchRequest & jetnet.v1.BatchRequest.$Shape;

            /**
             * Verifies a BatchRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BatchRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BatchRequest
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.BatchRequest;

            /**
             * Creates a plain object from a BatchRequest message. Also converts values to other types if specified.
             * @param message BatchRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.BatchRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BatchRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BatchRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchRequest {

            /** Properties of a BatchRequest. */
            interface $Properties {

                /** BatchRequest ops */
                ops?: (jetnet.v1.BatchOp.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchRequest. */
            type $Shape = jetnet.v1.BatchRequest.$Properties;
        }

        /**
         * Properties of a BatchOp.
         * @deprecated Use jetnet.v1.BatchOp.$Properties instead.
         */
        interface IBatchOp extends jetnet.v1.BatchOp.$Properties {
        }

        /** Represents a BatchOp. */
        class BatchOp {

            /**
             * Constructs a new BatchOp.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.BatchOp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchOp verb. */
            verb: string;

            /** BatchOp body. */
            body: Uint8Array;

            /**
             * Creates a new BatchOp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchOp instance
             */
            static create(properties: jetnet.v1.BatchOp.$Shape): jetnet.v1.BatchOp & jetnet.v1.BatchOp.$Shape;
            static create(properties?: jetnet.v1.BatchOp.$Properties): jetnet.v1.BatchOp;

            /**
             * Encodes the specified BatchOp message. Does not implicitly {@link jetnet.v1.BatchOp.verify|verify} messages.
             * @param message BatchOp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.BatchOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchOp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.BatchOp & jetnet.v1.BatchOp.$Shape} BatchOp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.BatchOp & jetnet.v1.BatchOp.$Shape;

            /**
             * Verifies a BatchOp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BatchOp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BatchOp
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.BatchOp;

            /**
             * Creates a plain object from a BatchOp message. Also converts values to other types if specified.
             * @param message BatchOp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.BatchOp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BatchOp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BatchOp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchOp {

            /** Properties of a BatchOp. */
            interface $Properties {

                /** BatchOp verb */
                verb?: (string|null);

                /** BatchOp body */
                body?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchOp. */
            type $Shape = jetnet.v1.BatchOp.$Properties;
        }

        /**
         * Properties of a BatchReply.
         * @deprecated Use jetnet.v1.BatchReply.$Properties instead.
         */
        interface IBatchReply extends jetnet.v1.BatchReply.$Properties {
        }

        /**
         * One reply per op, in order, each what the op's own request would have had (an
         * AttachmentReply, SubnetReply or DeleteReply, with its error if it failed); or the error of the
         * batch as a whole (a malformed batch), with no replies.
         */
        class BatchReply {

            /**
             * Constructs a new BatchReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.BatchReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchReply replies. */
            replies: Uint8Array[];

            /** BatchReply error. */
            error?: (jetnet.v1.Error.$Properties|null);

            /**
             * Creates a new BatchReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchReply instance
             */
            static create(properties: jetnet.v1.BatchReply.$Shape): jetnet.v1.BatchReply & jetnet.v1.BatchReply.$Shape;
            static create(properties?: jetnet.v1.BatchReply.$Properties): jetnet.v1.BatchReply;

            /**
             * Encodes the specified BatchReply message. Does not implicitly {@link jetnet.v1.BatchReply.verify|verify} messages.
             * @param message BatchReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.BatchReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.BatchReply & jetnet.v1.BatchReply.$Shape} BatchReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.BatchReply & jetnet.v1.BatchReply.$Shape;

            /**
             * Verifies a BatchReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BatchReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BatchReply
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.BatchReply;

            /**
             * Creates a plain object from a BatchReply message. Also converts values to other types if specified.
             * @param message BatchReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.BatchReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BatchReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BatchReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchReply {

            /** Properties of a BatchReply. */
            interface $Properties {

                /** BatchReply replies */
                replies?: (Uint8Array[]|null);

                /** BatchReply error */
                error?: (jetnet.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchReply. */
            type $Shape = jetnet.v1.BatchReply.$Properties;
        }

        /**
         * Properties of a ListRequest.
         * @deprecated Use jetnet.v1.ListRequest.$Properties instead.
         */
        interface IListRequest extends jetnet.v1.ListRequest.$Properties {
        }

        /**
         * Lists are paginated as Kubernetes does: a page holds at most `limit` objects (and never more
         * than one NATS message can carry), in key order, and ends with a continue token when more
         * follow. Every page of one list is consistent at the revision of its first page. The list
         * subject's namespace may be "_all": every namespace (for identities allowed to ask).
         */
        class ListRequest {

            /**
             * Constructs a new ListRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.ListRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Only objects carrying all these labels; empty = all. */
            labelSelector: { [k: string]: string };

            /**
             * At most this many objects in the reply; 0 = all of them in one reply (RESOURCE_EXHAUSTED if
             * they do not fit in one message).
             */
            limit: number;

            /** The continue token of the previous page; empty for the first page. */
            continue: string;

            /**
             * Creates a new ListRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListRequest instance
             */
            static create(properties: jetnet.v1.ListRequest.$Shape): jetnet.v1.ListRequest & jetnet.v1.ListRequest.$Shape;
            static create(properties?: jetnet.v1.ListRequest.$Properties): jetnet.v1.ListRequest;

            /**
             * Encodes the specified ListRequest message. Does not implicitly {@link jetnet.v1.ListRequest.verify|verify} messages.
             * @param message ListRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.ListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.ListRequest & jetnet.v1.ListRequest.$Shape} ListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.ListRequest & jetnet.v1.ListRequest.$Shape;

            /**
             * Verifies a ListRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListRequest
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.ListRequest;

            /**
             * Creates a plain object from a ListRequest message. Also converts values to other types if specified.
             * @param message ListRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.ListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListRequest {

            /** Properties of a ListRequest. */
            interface $Properties {

                /** Only objects carrying all these labels; empty = all. */
                labelSelector?: ({ [k: string]: string }|null);

                /**
                 * At most this many objects in the reply; 0 = all of them in one reply (RESOURCE_EXHAUSTED if
                 * they do not fit in one message).
                 */
                limit?: (number|null);

                /** The continue token of the previous page; empty for the first page. */
                "continue"?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListRequest. */
            type $Shape = jetnet.v1.ListRequest.$Properties;
        }

        /**
         * Properties of a CreateSubnetRequest.
         * @deprecated Use jetnet.v1.CreateSubnetRequest.$Properties instead.
         */
        interface ICreateSubnetRequest extends jetnet.v1.CreateSubnetRequest.$Properties {
        }

        /** Represents a CreateSubnetRequest. */
        class CreateSubnetRequest {

            /**
             * Constructs a new CreateSubnetRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.CreateSubnetRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** status is ignored; meta.uid, create time and generation are set by the server. */
            subnet?: (jetnet.v1.Subnet.$Properties|null);

            /**
             * Creates a new CreateSubnetRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateSubnetRequest instance
             */
            static create(properties: jetnet.v1.CreateSubnetRequest.$Shape): jetnet.v1.CreateSubnetRequest & jetnet.v1.CreateSubnetRequest.$Shape;
            static create(properties?: jetnet.v1.CreateSubnetRequest.$Properties): jetnet.v1.CreateSubnetRequest;

            /**
             * Encodes the specified CreateSubnetRequest message. Does not implicitly {@link jetnet.v1.CreateSubnetRequest.verify|verify} messages.
             * @param message CreateSubnetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.CreateSubnetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateSubnetRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.CreateSubnetRequest & jetnet.v1.CreateSubnetRequest.$Shape} CreateSubnetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.CreateSubnetRequest & jetnet.v1.CreateSubnetRequest.$Shape;

            /**
             * Verifies a CreateSubnetRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CreateSubnetRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CreateSubnetRequest
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.CreateSubnetRequest;

            /**
             * Creates a plain object from a CreateSubnetRequest message. Also converts values to other types if specified.
             * @param message CreateSubnetRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.CreateSubnetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CreateSubnetRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CreateSubnetRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateSubnetRequest {

            /** Properties of a CreateSubnetRequest. */
            interface $Properties {

                /** status is ignored; meta.uid, create time and generation are set by the server. */
                subnet?: (jetnet.v1.Subnet.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateSubnetRequest. */
            type $Shape = jetnet.v1.CreateSubnetRequest.$Properties;
        }

        /**
         * Properties of an UpdateSubnetRequest.
         * @deprecated Use jetnet.v1.UpdateSubnetRequest.$Properties instead.
         */
        interface IUpdateSubnetRequest extends jetnet.v1.UpdateSubnetRequest.$Properties {
        }

        /** Represents an UpdateSubnetRequest. */
        class UpdateSubnetRequest {

            /**
             * Constructs a new UpdateSubnetRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.UpdateSubnetRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Only spec and meta.labels are taken; spec.vni and spec.cidr must be unchanged. */
            subnet?: (jetnet.v1.Subnet.$Properties|null);

            /** The object's revision must equal this (compare-and-swap). */
            expectedRevision: number;

            /**
             * Creates a new UpdateSubnetRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateSubnetRequest instance
             */
            static create(properties: jetnet.v1.UpdateSubnetRequest.$Shape): jetnet.v1.UpdateSubnetRequest & jetnet.v1.UpdateSubnetRequest.$Shape;
            static create(properties?: jetnet.v1.UpdateSubnetRequest.$Properties): jetnet.v1.UpdateSubnetRequest;

            /**
             * Encodes the specified UpdateSubnetRequest message. Does not implicitly {@link jetnet.v1.UpdateSubnetRequest.verify|verify} messages.
             * @param message UpdateSubnetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.UpdateSubnetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateSubnetRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.UpdateSubnetRequest & jetnet.v1.UpdateSubnetRequest.$Shape} UpdateSubnetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.UpdateSubnetRequest & jetnet.v1.UpdateSubnetRequest.$Shape;

            /**
             * Verifies an UpdateSubnetRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an UpdateSubnetRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UpdateSubnetRequest
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.UpdateSubnetRequest;

            /**
             * Creates a plain object from an UpdateSubnetRequest message. Also converts values to other types if specified.
             * @param message UpdateSubnetRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.UpdateSubnetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UpdateSubnetRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UpdateSubnetRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateSubnetRequest {

            /** Properties of an UpdateSubnetRequest. */
            interface $Properties {

                /** Only spec and meta.labels are taken; spec.vni and spec.cidr must be unchanged. */
                subnet?: (jetnet.v1.Subnet.$Properties|null);

                /** The object's revision must equal this (compare-and-swap). */
                expectedRevision?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateSubnetRequest. */
            type $Shape = jetnet.v1.UpdateSubnetRequest.$Properties;
        }

        /**
         * Properties of a VersionedSubnet.
         * @deprecated Use jetnet.v1.VersionedSubnet.$Properties instead.
         */
        interface IVersionedSubnet extends jetnet.v1.VersionedSubnet.$Properties {
        }

        /** A subnet with the KV revision it was read or written at. */
        class VersionedSubnet {

            /**
             * Constructs a new VersionedSubnet.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.VersionedSubnet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VersionedSubnet subnet. */
            subnet?: (jetnet.v1.Subnet.$Properties|null);

            /** VersionedSubnet revision. */
            revision: number;

            /**
             * Creates a new VersionedSubnet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VersionedSubnet instance
             */
            static create(properties: jetnet.v1.VersionedSubnet.$Shape): jetnet.v1.VersionedSubnet & jetnet.v1.VersionedSubnet.$Shape;
            static create(properties?: jetnet.v1.VersionedSubnet.$Properties): jetnet.v1.VersionedSubnet;

            /**
             * Encodes the specified VersionedSubnet message. Does not implicitly {@link jetnet.v1.VersionedSubnet.verify|verify} messages.
             * @param message VersionedSubnet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.VersionedSubnet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VersionedSubnet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.VersionedSubnet & jetnet.v1.VersionedSubnet.$Shape} VersionedSubnet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.VersionedSubnet & jetnet.v1.VersionedSubnet.$Shape;

            /**
             * Verifies a VersionedSubnet message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VersionedSubnet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VersionedSubnet
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.VersionedSubnet;

            /**
             * Creates a plain object from a VersionedSubnet message. Also converts values to other types if specified.
             * @param message VersionedSubnet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.VersionedSubnet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VersionedSubnet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VersionedSubnet
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VersionedSubnet {

            /** Properties of a VersionedSubnet. */
            interface $Properties {

                /** VersionedSubnet subnet */
                subnet?: (jetnet.v1.Subnet.$Properties|null);

                /** VersionedSubnet revision */
                revision?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VersionedSubnet. */
            type $Shape = jetnet.v1.VersionedSubnet.$Properties;
        }

        /**
         * Properties of a SubnetReply.
         * @deprecated Use jetnet.v1.SubnetReply.$Properties instead.
         */
        interface ISubnetReply extends jetnet.v1.SubnetReply.$Properties {
        }

        /** Represents a SubnetReply. */
        class SubnetReply {

            /**
             * Constructs a new SubnetReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.SubnetReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubnetReply subnet. */
            subnet?: (jetnet.v1.VersionedSubnet.$Properties|null);

            /** SubnetReply error. */
            error?: (jetnet.v1.Error.$Properties|null);

            /** SubnetReply result. */
            result?: ("subnet"|"error");

            /**
             * Creates a new SubnetReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubnetReply instance
             */
            static create(properties: jetnet.v1.SubnetReply.$Shape): jetnet.v1.SubnetReply & jetnet.v1.SubnetReply.$Shape;
            static create(properties?: jetnet.v1.SubnetReply.$Properties): jetnet.v1.SubnetReply;

            /**
             * Encodes the specified SubnetReply message. Does not implicitly {@link jetnet.v1.SubnetReply.verify|verify} messages.
             * @param message SubnetReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.SubnetReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubnetReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.SubnetReply & jetnet.v1.SubnetReply.$Shape} SubnetReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.SubnetReply & jetnet.v1.SubnetReply.$Shape;

            /**
             * Verifies a SubnetReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubnetReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubnetReply
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.SubnetReply;

            /**
             * Creates a plain object from a SubnetReply message. Also converts values to other types if specified.
             * @param message SubnetReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.SubnetReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubnetReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubnetReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubnetReply {

            /** Properties of a SubnetReply. */
            interface $Properties {

                /** SubnetReply subnet */
                subnet?: (jetnet.v1.VersionedSubnet.$Properties|null);

                /** SubnetReply error */
                error?: (jetnet.v1.Error.$Properties|null);

                /** SubnetReply result */
                result?: ("subnet"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a SubnetReply. */
            type $Shape = {
              subnet?: jetnet.v1.VersionedSubnet.$Shape|null;
              error?: jetnet.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; subnet?: null; error?: null }|{ result?: "subnet"; subnet: jetnet.v1.VersionedSubnet.$Shape; error?: null }|{ result?: "error"; subnet?: null; error: jetnet.v1.Error.$Shape })
            );
        }

        /**
         * Properties of a SubnetList.
         * @deprecated Use jetnet.v1.SubnetList.$Properties instead.
         */
        interface ISubnetList extends jetnet.v1.SubnetList.$Properties {
        }

        /** Represents a SubnetList. */
        class SubnetList {

            /**
             * Constructs a new SubnetList.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.SubnetList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubnetList items. */
            items: jetnet.v1.VersionedSubnet.$Properties[];

            /** The bucket revision the list is consistent at; a watch resumes from here. */
            revision: number;

            /** Non-empty when more objects follow: send it back in ListRequest.continue for the next page. */
            continue: string;

            /**
             * Creates a new SubnetList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubnetList instance
             */
            static create(properties: jetnet.v1.SubnetList.$Shape): jetnet.v1.SubnetList & jetnet.v1.SubnetList.$Shape;
            static create(properties?: jetnet.v1.SubnetList.$Properties): jetnet.v1.SubnetList;

            /**
             * Encodes the specified SubnetList message. Does not implicitly {@link jetnet.v1.SubnetList.verify|verify} messages.
             * @param message SubnetList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.SubnetList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubnetList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.SubnetList & jetnet.v1.SubnetList.$Shape} SubnetList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.SubnetList & jetnet.v1.SubnetList.$Shape;

            /**
             * Verifies a SubnetList message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubnetList message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubnetList
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.SubnetList;

            /**
             * Creates a plain object from a SubnetList message. Also converts values to other types if specified.
             * @param message SubnetList
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.SubnetList, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubnetList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubnetList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubnetList {

            /** Properties of a SubnetList. */
            interface $Properties {

                /** SubnetList items */
                items?: (jetnet.v1.VersionedSubnet.$Properties[]|null);

                /** The bucket revision the list is consistent at; a watch resumes from here. */
                revision?: (number|null);

                /** Non-empty when more objects follow: send it back in ListRequest.continue for the next page. */
                "continue"?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubnetList. */
            type $Shape = jetnet.v1.SubnetList.$Properties;
        }

        /**
         * Properties of a SubnetListReply.
         * @deprecated Use jetnet.v1.SubnetListReply.$Properties instead.
         */
        interface ISubnetListReply extends jetnet.v1.SubnetListReply.$Properties {
        }

        /** Represents a SubnetListReply. */
        class SubnetListReply {

            /**
             * Constructs a new SubnetListReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.SubnetListReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubnetListReply list. */
            list?: (jetnet.v1.SubnetList.$Properties|null);

            /** SubnetListReply error. */
            error?: (jetnet.v1.Error.$Properties|null);

            /** SubnetListReply result. */
            result?: ("list"|"error");

            /**
             * Creates a new SubnetListReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubnetListReply instance
             */
            static create(properties: jetnet.v1.SubnetListReply.$Shape): jetnet.v1.SubnetListReply & jetnet.v1.SubnetListReply.$Shape;
            static create(properties?: jetnet.v1.SubnetListReply.$Properties): jetnet.v1.SubnetListReply;

            /**
             * Encodes the specified SubnetListReply message. Does not implicitly {@link jetnet.v1.SubnetListReply.verify|verify} messages.
             * @param message SubnetListReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.SubnetListReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubnetListReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.SubnetListReply & jetnet.v1.SubnetListReply.$Shape} SubnetListReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.SubnetListReply & jetnet.v1.SubnetListReply.$Shape;

            /**
             * Verifies a SubnetListReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubnetListReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubnetListReply
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.SubnetListReply;

            /**
             * Creates a plain object from a SubnetListReply message. Also converts values to other types if specified.
             * @param message SubnetListReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.SubnetListReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubnetListReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubnetListReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubnetListReply {

            /** Properties of a SubnetListReply. */
            interface $Properties {

                /** SubnetListReply list */
                list?: (jetnet.v1.SubnetList.$Properties|null);

                /** SubnetListReply error */
                error?: (jetnet.v1.Error.$Properties|null);

                /** SubnetListReply result */
                result?: ("list"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a SubnetListReply. */
            type $Shape = {
              list?: jetnet.v1.SubnetList.$Shape|null;
              error?: jetnet.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; list?: null; error?: null }|{ result?: "list"; list: jetnet.v1.SubnetList.$Shape; error?: null }|{ result?: "error"; list?: null; error: jetnet.v1.Error.$Shape })
            );
        }

        /**
         * Properties of a CreateAttachmentRequest.
         * @deprecated Use jetnet.v1.CreateAttachmentRequest.$Properties instead.
         */
        interface ICreateAttachmentRequest extends jetnet.v1.CreateAttachmentRequest.$Properties {
        }

        /** Represents a CreateAttachmentRequest. */
        class CreateAttachmentRequest {

            /**
             * Constructs a new CreateAttachmentRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.CreateAttachmentRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** status is ignored; meta.uid, create time and generation are set by the server. */
            attachment?: (jetnet.v1.NetworkAttachment.$Properties|null);

            /**
             * Creates a new CreateAttachmentRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateAttachmentRequest instance
             */
            static create(properties: jetnet.v1.CreateAttachmentRequest.$Shape): jetnet.v1.CreateAttachmentRequest & jetnet.v1.CreateAttachmentRequest.$Shape;
            static create(properties?: jetnet.v1.CreateAttachmentRequest.$Properties): jetnet.v1.CreateAttachmentRequest;

            /**
             * Encodes the specified CreateAttachmentRequest message. Does not implicitly {@link jetnet.v1.CreateAttachmentRequest.verify|verify} messages.
             * @param message CreateAttachmentRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.CreateAttachmentRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateAttachmentRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.CreateAttachmentRequest & jetnet.v1.CreateAttachmentRequest.$Shape} CreateAttachmentRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.CreateAttachmentRequest & jetnet.v1.CreateAttachmentRequest.$Shape;

            /**
             * Verifies a CreateAttachmentRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CreateAttachmentRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CreateAttachmentRequest
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.CreateAttachmentRequest;

            /**
             * Creates a plain object from a CreateAttachmentRequest message. Also converts values to other types if specified.
             * @param message CreateAttachmentRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.CreateAttachmentRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CreateAttachmentRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CreateAttachmentRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateAttachmentRequest {

            /** Properties of a CreateAttachmentRequest. */
            interface $Properties {

                /** status is ignored; meta.uid, create time and generation are set by the server. */
                attachment?: (jetnet.v1.NetworkAttachment.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateAttachmentRequest. */
            type $Shape = jetnet.v1.CreateAttachmentRequest.$Properties;
        }

        /**
         * Properties of an UpdateAttachmentRequest.
         * @deprecated Use jetnet.v1.UpdateAttachmentRequest.$Properties instead.
         */
        interface IUpdateAttachmentRequest extends jetnet.v1.UpdateAttachmentRequest.$Properties {
        }

        /** Represents an UpdateAttachmentRequest. */
        class UpdateAttachmentRequest {

            /**
             * Constructs a new UpdateAttachmentRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.UpdateAttachmentRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Only spec and meta.labels are taken; spec.node, subnet, ip and post_create_exec must be
             * unchanged.
             */
            attachment?: (jetnet.v1.NetworkAttachment.$Properties|null);

            /** The object's revision must equal this (compare-and-swap). */
            expectedRevision: number;

            /**
             * Creates a new UpdateAttachmentRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateAttachmentRequest instance
             */
            static create(properties: jetnet.v1.UpdateAttachmentRequest.$Shape): jetnet.v1.UpdateAttachmentRequest & jetnet.v1.UpdateAttachmentRequest.$Shape;
            static create(properties?: jetnet.v1.UpdateAttachmentRequest.$Properties): jetnet.v1.UpdateAttachmentRequest;

            /**
             * Encodes the specified UpdateAttachmentRequest message. Does not implicitly {@link jetnet.v1.UpdateAttachmentRequest.verify|verify} messages.
             * @param message UpdateAttachmentRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.UpdateAttachmentRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateAttachmentRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.UpdateAttachmentRequest & jetnet.v1.UpdateAttachmentRequest.$Shape} UpdateAttachmentRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.UpdateAttachmentRequest & jetnet.v1.UpdateAttachmentRequest.$Shape;

            /**
             * Verifies an UpdateAttachmentRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an UpdateAttachmentRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UpdateAttachmentRequest
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.UpdateAttachmentRequest;

            /**
             * Creates a plain object from an UpdateAttachmentRequest message. Also converts values to other types if specified.
             * @param message UpdateAttachmentRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.UpdateAttachmentRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UpdateAttachmentRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UpdateAttachmentRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateAttachmentRequest {

            /** Properties of an UpdateAttachmentRequest. */
            interface $Properties {

                /**
                 * Only spec and meta.labels are taken; spec.node, subnet, ip and post_create_exec must be
                 * unchanged.
                 */
                attachment?: (jetnet.v1.NetworkAttachment.$Properties|null);

                /** The object's revision must equal this (compare-and-swap). */
                expectedRevision?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateAttachmentRequest. */
            type $Shape = jetnet.v1.UpdateAttachmentRequest.$Properties;
        }

        /**
         * Properties of a VersionedAttachment.
         * @deprecated Use jetnet.v1.VersionedAttachment.$Properties instead.
         */
        interface IVersionedAttachment extends jetnet.v1.VersionedAttachment.$Properties {
        }

        /** An attachment with the KV revision it was read or written at. */
        class VersionedAttachment {

            /**
             * Constructs a new VersionedAttachment.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.VersionedAttachment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VersionedAttachment attachment. */
            attachment?: (jetnet.v1.NetworkAttachment.$Properties|null);

            /** VersionedAttachment revision. */
            revision: number;

            /**
             * Creates a new VersionedAttachment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VersionedAttachment instance
             */
            static create(properties: jetnet.v1.VersionedAttachment.$Shape): jetnet.v1.VersionedAttachment & jetnet.v1.VersionedAttachment.$Shape;
            static create(properties?: jetnet.v1.VersionedAttachment.$Properties): jetnet.v1.VersionedAttachment;

            /**
             * Encodes the specified VersionedAttachment message. Does not implicitly {@link jetnet.v1.VersionedAttachment.verify|verify} messages.
             * @param message VersionedAttachment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.VersionedAttachment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VersionedAttachment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.VersionedAttachment & jetnet.v1.VersionedAttachment.$Shape} VersionedAttachment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.VersionedAttachment & jetnet.v1.VersionedAttachment.$Shape;

            /**
             * Verifies a VersionedAttachment message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VersionedAttachment message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VersionedAttachment
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.VersionedAttachment;

            /**
             * Creates a plain object from a VersionedAttachment message. Also converts values to other types if specified.
             * @param message VersionedAttachment
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.VersionedAttachment, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VersionedAttachment to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VersionedAttachment
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VersionedAttachment {

            /** Properties of a VersionedAttachment. */
            interface $Properties {

                /** VersionedAttachment attachment */
                attachment?: (jetnet.v1.NetworkAttachment.$Properties|null);

                /** VersionedAttachment revision */
                revision?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VersionedAttachment. */
            type $Shape = jetnet.v1.VersionedAttachment.$Properties;
        }

        /**
         * Properties of an AttachmentReply.
         * @deprecated Use jetnet.v1.AttachmentReply.$Properties instead.
         */
        interface IAttachmentReply extends jetnet.v1.AttachmentReply.$Properties {
        }

        /** Represents an AttachmentReply. */
        class AttachmentReply {

            /**
             * Constructs a new AttachmentReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.AttachmentReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AttachmentReply attachment. */
            attachment?: (jetnet.v1.VersionedAttachment.$Properties|null);

            /** AttachmentReply error. */
            error?: (jetnet.v1.Error.$Properties|null);

            /** AttachmentReply result. */
            result?: ("attachment"|"error");

            /**
             * Creates a new AttachmentReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AttachmentReply instance
             */
            static create(properties: jetnet.v1.AttachmentReply.$Shape): jetnet.v1.AttachmentReply & jetnet.v1.AttachmentReply.$Shape;
            static create(properties?: jetnet.v1.AttachmentReply.$Properties): jetnet.v1.AttachmentReply;

            /**
             * Encodes the specified AttachmentReply message. Does not implicitly {@link jetnet.v1.AttachmentReply.verify|verify} messages.
             * @param message AttachmentReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.AttachmentReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AttachmentReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.AttachmentReply & jetnet.v1.AttachmentReply.$Shape} AttachmentReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.AttachmentReply & jetnet.v1.AttachmentReply.$Shape;

            /**
             * Verifies an AttachmentReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AttachmentReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AttachmentReply
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.AttachmentReply;

            /**
             * Creates a plain object from an AttachmentReply message. Also converts values to other types if specified.
             * @param message AttachmentReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.AttachmentReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AttachmentReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AttachmentReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AttachmentReply {

            /** Properties of an AttachmentReply. */
            interface $Properties {

                /** AttachmentReply attachment */
                attachment?: (jetnet.v1.VersionedAttachment.$Properties|null);

                /** AttachmentReply error */
                error?: (jetnet.v1.Error.$Properties|null);

                /** AttachmentReply result */
                result?: ("attachment"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an AttachmentReply. */
            type $Shape = {
              attachment?: jetnet.v1.VersionedAttachment.$Shape|null;
              error?: jetnet.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; attachment?: null; error?: null }|{ result?: "attachment"; attachment: jetnet.v1.VersionedAttachment.$Shape; error?: null }|{ result?: "error"; attachment?: null; error: jetnet.v1.Error.$Shape })
            );
        }

        /**
         * Properties of an AttachmentList.
         * @deprecated Use jetnet.v1.AttachmentList.$Properties instead.
         */
        interface IAttachmentList extends jetnet.v1.AttachmentList.$Properties {
        }

        /** Represents an AttachmentList. */
        class AttachmentList {

            /**
             * Constructs a new AttachmentList.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.AttachmentList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AttachmentList items. */
            items: jetnet.v1.VersionedAttachment.$Properties[];

            /** The bucket revision the list is consistent at; a watch resumes from here. */
            revision: number;

            /** Non-empty when more objects follow: send it back in ListRequest.continue for the next page. */
            continue: string;

            /**
             * Creates a new AttachmentList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AttachmentList instance
             */
            static create(properties: jetnet.v1.AttachmentList.$Shape): jetnet.v1.AttachmentList & jetnet.v1.AttachmentList.$Shape;
            static create(properties?: jetnet.v1.AttachmentList.$Properties): jetnet.v1.AttachmentList;

            /**
             * Encodes the specified AttachmentList message. Does not implicitly {@link jetnet.v1.AttachmentList.verify|verify} messages.
             * @param message AttachmentList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.AttachmentList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AttachmentList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.AttachmentList & jetnet.v1.AttachmentList.$Shape} AttachmentList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.AttachmentList & jetnet.v1.AttachmentList.$Shape;

            /**
             * Verifies an AttachmentList message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AttachmentList message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AttachmentList
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.AttachmentList;

            /**
             * Creates a plain object from an AttachmentList message. Also converts values to other types if specified.
             * @param message AttachmentList
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.AttachmentList, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AttachmentList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AttachmentList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AttachmentList {

            /** Properties of an AttachmentList. */
            interface $Properties {

                /** AttachmentList items */
                items?: (jetnet.v1.VersionedAttachment.$Properties[]|null);

                /** The bucket revision the list is consistent at; a watch resumes from here. */
                revision?: (number|null);

                /** Non-empty when more objects follow: send it back in ListRequest.continue for the next page. */
                "continue"?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AttachmentList. */
            type $Shape = jetnet.v1.AttachmentList.$Properties;
        }

        /**
         * Properties of an AttachmentListReply.
         * @deprecated Use jetnet.v1.AttachmentListReply.$Properties instead.
         */
        interface IAttachmentListReply extends jetnet.v1.AttachmentListReply.$Properties {
        }

        /** Represents an AttachmentListReply. */
        class AttachmentListReply {

            /**
             * Constructs a new AttachmentListReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.AttachmentListReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AttachmentListReply list. */
            list?: (jetnet.v1.AttachmentList.$Properties|null);

            /** AttachmentListReply error. */
            error?: (jetnet.v1.Error.$Properties|null);

            /** AttachmentListReply result. */
            result?: ("list"|"error");

            /**
             * Creates a new AttachmentListReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AttachmentListReply instance
             */
            static create(properties: jetnet.v1.AttachmentListReply.$Shape): jetnet.v1.AttachmentListReply & jetnet.v1.AttachmentListReply.$Shape;
            static create(properties?: jetnet.v1.AttachmentListReply.$Properties): jetnet.v1.AttachmentListReply;

            /**
             * Encodes the specified AttachmentListReply message. Does not implicitly {@link jetnet.v1.AttachmentListReply.verify|verify} messages.
             * @param message AttachmentListReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.AttachmentListReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AttachmentListReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.AttachmentListReply & jetnet.v1.AttachmentListReply.$Shape} AttachmentListReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.AttachmentListReply & jetnet.v1.AttachmentListReply.$Shape;

            /**
             * Verifies an AttachmentListReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AttachmentListReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AttachmentListReply
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.AttachmentListReply;

            /**
             * Creates a plain object from an AttachmentListReply message. Also converts values to other types if specified.
             * @param message AttachmentListReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.AttachmentListReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AttachmentListReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AttachmentListReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AttachmentListReply {

            /** Properties of an AttachmentListReply. */
            interface $Properties {

                /** AttachmentListReply list */
                list?: (jetnet.v1.AttachmentList.$Properties|null);

                /** AttachmentListReply error */
                error?: (jetnet.v1.Error.$Properties|null);

                /** AttachmentListReply result */
                result?: ("list"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an AttachmentListReply. */
            type $Shape = {
              list?: jetnet.v1.AttachmentList.$Shape|null;
              error?: jetnet.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; list?: null; error?: null }|{ result?: "list"; list: jetnet.v1.AttachmentList.$Shape; error?: null }|{ result?: "error"; list?: null; error: jetnet.v1.Error.$Shape })
            );
        }

        /**
         * Properties of a StatusReport.
         * @deprecated Use jetnet.v1.StatusReport.$Properties instead.
         */
        interface IStatusReport extends jetnet.v1.StatusReport.$Properties {
        }

        /**
         * Agent -> network: what the node has implemented for one of its attachments. network accepts
         * it only from the attachment's own node and writes it into status (impl and exec sections).
         */
        class StatusReport {

            /**
             * Constructs a new StatusReport.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.StatusReport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatusReport namespace. */
            namespace: string;

            /** StatusReport name. */
            name: string;

            /** Must match the attachment's uid, so a report about a deleted predecessor is dropped. */
            uid: string;

            /** StatusReport ifName. */
            ifName: string;

            /** StatusReport mac. */
            mac: string;

            /** StatusReport hostIp. */
            hostIp: string;

            /** StatusReport hostErrors. */
            hostErrors: string[];

            /** StatusReport postCreateReport. */
            postCreateReport?: (jetnet.v1.ExecReport.$Properties|null);

            /** false = the local interface is gone. */
            implemented: boolean;

            /**
             * Creates a new StatusReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusReport instance
             */
            static create(properties: jetnet.v1.StatusReport.$Shape): jetnet.v1.StatusReport & jetnet.v1.StatusReport.$Shape;
            static create(properties?: jetnet.v1.StatusReport.$Properties): jetnet.v1.StatusReport;

            /**
             * Encodes the specified StatusReport message. Does not implicitly {@link jetnet.v1.StatusReport.verify|verify} messages.
             * @param message StatusReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.StatusReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusReport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.StatusReport & jetnet.v1.StatusReport.$Shape} StatusReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.StatusReport & jetnet.v1.StatusReport.$Shape;

            /**
             * Verifies a StatusReport message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StatusReport message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatusReport
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.StatusReport;

            /**
             * Creates a plain object from a StatusReport message. Also converts values to other types if specified.
             * @param message StatusReport
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.StatusReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatusReport to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StatusReport
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusReport {

            /** Properties of a StatusReport. */
            interface $Properties {

                /** StatusReport namespace */
                namespace?: (string|null);

                /** StatusReport name */
                name?: (string|null);

                /** Must match the attachment's uid, so a report about a deleted predecessor is dropped. */
                uid?: (string|null);

                /** StatusReport ifName */
                ifName?: (string|null);

                /** StatusReport mac */
                mac?: (string|null);

                /** StatusReport hostIp */
                hostIp?: (string|null);

                /** StatusReport hostErrors */
                hostErrors?: (string[]|null);

                /** StatusReport postCreateReport */
                postCreateReport?: (jetnet.v1.ExecReport.$Properties|null);

                /** false = the local interface is gone. */
                implemented?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusReport. */
            type $Shape = jetnet.v1.StatusReport.$Properties;
        }

        /**
         * Properties of a StatusReportReply.
         * @deprecated Use jetnet.v1.StatusReportReply.$Properties instead.
         */
        interface IStatusReportReply extends jetnet.v1.StatusReportReply.$Properties {
        }

        /** Represents a StatusReportReply. */
        class StatusReportReply {

            /**
             * Constructs a new StatusReportReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.StatusReportReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Absent on success. */
            error?: (jetnet.v1.Error.$Properties|null);

            /**
             * Creates a new StatusReportReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusReportReply instance
             */
            static create(properties: jetnet.v1.StatusReportReply.$Shape): jetnet.v1.StatusReportReply & jetnet.v1.StatusReportReply.$Shape;
            static create(properties?: jetnet.v1.StatusReportReply.$Properties): jetnet.v1.StatusReportReply;

            /**
             * Encodes the specified StatusReportReply message. Does not implicitly {@link jetnet.v1.StatusReportReply.verify|verify} messages.
             * @param message StatusReportReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.StatusReportReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusReportReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.StatusReportReply & jetnet.v1.StatusReportReply.$Shape} StatusReportReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.StatusReportReply & jetnet.v1.StatusReportReply.$Shape;

            /**
             * Verifies a StatusReportReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StatusReportReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatusReportReply
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.StatusReportReply;

            /**
             * Creates a plain object from a StatusReportReply message. Also converts values to other types if specified.
             * @param message StatusReportReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.StatusReportReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatusReportReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StatusReportReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusReportReply {

            /** Properties of a StatusReportReply. */
            interface $Properties {

                /** Absent on success. */
                error?: (jetnet.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusReportReply. */
            type $Shape = jetnet.v1.StatusReportReply.$Properties;
        }

        /**
         * Properties of an ExecReport.
         * @deprecated Use jetnet.v1.ExecReport.$Properties instead.
         */
        interface IExecReport extends jetnet.v1.ExecReport.$Properties {
        }

        /** The outcome of running a command on the node after the interface was created. */
        class ExecReport {

            /**
             * Constructs a new ExecReport.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.ExecReport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExecReport command. */
            command: string[];

            /** ExecReport exitStatus. */
            exitStatus: number;

            /** Server (node) time in µs since the epoch. */
            startTimeUs: number;

            /** ExecReport stopTimeUs. */
            stopTimeUs: number;

            /** Captured output, truncated by the agent to a bounded size. */
            stdout: string;

            /** ExecReport stderr. */
            stderr: string;

            /** True if the agent killed the command at its deadline; exit_status is then meaningless. */
            timedOut: boolean;

            /**
             * Creates a new ExecReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecReport instance
             */
            static create(properties: jetnet.v1.ExecReport.$Shape): jetnet.v1.ExecReport & jetnet.v1.ExecReport.$Shape;
            static create(properties?: jetnet.v1.ExecReport.$Properties): jetnet.v1.ExecReport;

            /**
             * Encodes the specified ExecReport message. Does not implicitly {@link jetnet.v1.ExecReport.verify|verify} messages.
             * @param message ExecReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.ExecReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecReport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.ExecReport & jetnet.v1.ExecReport.$Shape} ExecReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.ExecReport & jetnet.v1.ExecReport.$Shape;

            /**
             * Verifies an ExecReport message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExecReport message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExecReport
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.ExecReport;

            /**
             * Creates a plain object from an ExecReport message. Also converts values to other types if specified.
             * @param message ExecReport
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.ExecReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExecReport to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExecReport
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecReport {

            /** Properties of an ExecReport. */
            interface $Properties {

                /** ExecReport command */
                command?: (string[]|null);

                /** ExecReport exitStatus */
                exitStatus?: (number|null);

                /** Server (node) time in µs since the epoch. */
                startTimeUs?: (number|null);

                /** ExecReport stopTimeUs */
                stopTimeUs?: (number|null);

                /** Captured output, truncated by the agent to a bounded size. */
                stdout?: (string|null);

                /** ExecReport stderr */
                stderr?: (string|null);

                /** True if the agent killed the command at its deadline; exit_status is then meaningless. */
                timedOut?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExecReport. */
            type $Shape = jetnet.v1.ExecReport.$Properties;
        }

        /**
         * Properties of an AttachmentSpec.
         * @deprecated Use jetnet.v1.AttachmentSpec.$Properties instead.
         */
        interface IAttachmentSpec extends jetnet.v1.AttachmentSpec.$Properties {
        }

        /** What the tenant asks for. node, subnet, ip and post_create_exec are immutable after create. */
        class AttachmentSpec {

            /**
             * Constructs a new AttachmentSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.AttachmentSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Name of the node whose agent implements the interface. Immutable. */
            node: string;

            /** Name of a subnet in the same namespace. Immutable. */
            subnet: string;

            /** Optional static address request; empty = any free address. Immutable. */
            ip: string;

            /** Command (argv) run on the node once the interface exists. Immutable. */
            postCreateExec: string[];

            /** Command (argv) run on the node after the interface is removed. */
            postDeleteExec: string[];

            /**
             * Creates a new AttachmentSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AttachmentSpec instance
             */
            static create(properties: jetnet.v1.AttachmentSpec.$Shape): jetnet.v1.AttachmentSpec & jetnet.v1.AttachmentSpec.$Shape;
            static create(properties?: jetnet.v1.AttachmentSpec.$Properties): jetnet.v1.AttachmentSpec;

            /**
             * Encodes the specified AttachmentSpec message. Does not implicitly {@link jetnet.v1.AttachmentSpec.verify|verify} messages.
             * @param message AttachmentSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.AttachmentSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AttachmentSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.AttachmentSpec & jetnet.v1.AttachmentSpec.$Shape} AttachmentSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.AttachmentSpec & jetnet.v1.AttachmentSpec.$Shape;

            /**
             * Verifies an AttachmentSpec message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AttachmentSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AttachmentSpec
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.AttachmentSpec;

            /**
             * Creates a plain object from an AttachmentSpec message. Also converts values to other types if specified.
             * @param message AttachmentSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.AttachmentSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AttachmentSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AttachmentSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AttachmentSpec {

            /** Properties of an AttachmentSpec. */
            interface $Properties {

                /** Name of the node whose agent implements the interface. Immutable. */
                node?: (string|null);

                /** Name of a subnet in the same namespace. Immutable. */
                subnet?: (string|null);

                /** Optional static address request; empty = any free address. Immutable. */
                ip?: (string|null);

                /** Command (argv) run on the node once the interface exists. Immutable. */
                postCreateExec?: (string[]|null);

                /** Command (argv) run on the node after the interface is removed. */
                postDeleteExec?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AttachmentSpec. */
            type $Shape = jetnet.v1.AttachmentSpec.$Properties;
        }

        /**
         * Properties of an AttachmentStatus.
         * @deprecated Use jetnet.v1.AttachmentStatus.$Properties instead.
         */
        interface IAttachmentStatus extends jetnet.v1.AttachmentStatus.$Properties {
        }

        /**
         * Written only by the services: ipam (address section), network on behalf of the agent
         * (impl and exec sections). Clients cannot set it.
         */
        class AttachmentStatus {

            /**
             * Constructs a new AttachmentStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.AttachmentStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Leased address; set only while the lease exists in Redis (or is being recovered). */
            ip: string;

            /** VNI of the subnet at the time of the lease. */
            vni: number;

            /** Per-VNI lease sequence number, a fencing token against stale ipam writers. */
            leaseSeq: number;

            /** A function of (vni, ip). */
            mac: string;

            /** Interface name on the node; a function of (vni, ip). */
            ifName: string;

            /** Underlay address of the node, the VXLAN tunnel endpoint for remote peers. */
            hostIp: string;

            /**
             * True once the attachment has had to wait for an address: its requested static ip was
             * leased to another attachment, or its subnet had none free. It stays true after an address
             * is leased (create-to-address latencies are labelled by it).
             */
            addressContention: boolean;

            /**
             * Why ipam leases the attachment no address (or is moving it to another); empty once it
             * holds one. E.g. a requested ip that its subnet never leases (the gateway, an exclusion).
             */
            ipamErrors: string[];

            /** AttachmentStatus hostErrors. */
            hostErrors: string[];

            /** AttachmentStatus postCreateReport. */
            postCreateReport?: (jetnet.v1.ExecReport.$Properties|null);

            /** uid of the subnet the address was leased in, to detect a deleted-and-recreated subnet. */
            subnetUid: string;

            /**
             * Underlay address of the node as the leasing service knew it when the address was leased
             * (from the node's agent's earlier reports); empty if it knew none. Until the agent reports
             * host_ip itself, the mapping service announces the attachment to the VNI's other nodes with
             * this address, so they program it while the node creates the interface.
             */
            nodeHostIp: string;

            /**
             * Creates a new AttachmentStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AttachmentStatus instance
             */
            static create(properties: jetnet.v1.AttachmentStatus.$Shape): jetnet.v1.AttachmentStatus & jetnet.v1.AttachmentStatus.$Shape;
            static create(properties?: jetnet.v1.AttachmentStatus.$Properties): jetnet.v1.AttachmentStatus;

            /**
             * Encodes the specified AttachmentStatus message. Does not implicitly {@link jetnet.v1.AttachmentStatus.verify|verify} messages.
             * @param message AttachmentStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.AttachmentStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AttachmentStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.AttachmentStatus & jetnet.v1.AttachmentStatus.$Shape} AttachmentStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.AttachmentStatus & jetnet.v1.AttachmentStatus.$Shape;

            /**
             * Verifies an AttachmentStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AttachmentStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AttachmentStatus
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.AttachmentStatus;

            /**
             * Creates a plain object from an AttachmentStatus message. Also converts values to other types if specified.
             * @param message AttachmentStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.AttachmentStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AttachmentStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AttachmentStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AttachmentStatus {

            /** Properties of an AttachmentStatus. */
            interface $Properties {

                /** Leased address; set only while the lease exists in Redis (or is being recovered). */
                ip?: (string|null);

                /** VNI of the subnet at the time of the lease. */
                vni?: (number|null);

                /** Per-VNI lease sequence number, a fencing token against stale ipam writers. */
                leaseSeq?: (number|null);

                /** A function of (vni, ip). */
                mac?: (string|null);

                /** Interface name on the node; a function of (vni, ip). */
                ifName?: (string|null);

                /** Underlay address of the node, the VXLAN tunnel endpoint for remote peers. */
                hostIp?: (string|null);

                /**
                 * True once the attachment has had to wait for an address: its requested static ip was
                 * leased to another attachment, or its subnet had none free. It stays true after an address
                 * is leased (create-to-address latencies are labelled by it).
                 */
                addressContention?: (boolean|null);

                /**
                 * Why ipam leases the attachment no address (or is moving it to another); empty once it
                 * holds one. E.g. a requested ip that its subnet never leases (the gateway, an exclusion).
                 */
                ipamErrors?: (string[]|null);

                /** AttachmentStatus hostErrors */
                hostErrors?: (string[]|null);

                /** AttachmentStatus postCreateReport */
                postCreateReport?: (jetnet.v1.ExecReport.$Properties|null);

                /** uid of the subnet the address was leased in, to detect a deleted-and-recreated subnet. */
                subnetUid?: (string|null);

                /**
                 * Underlay address of the node as the leasing service knew it when the address was leased
                 * (from the node's agent's earlier reports); empty if it knew none. Until the agent reports
                 * host_ip itself, the mapping service announces the attachment to the VNI's other nodes with
                 * this address, so they program it while the node creates the interface.
                 */
                nodeHostIp?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AttachmentStatus. */
            type $Shape = jetnet.v1.AttachmentStatus.$Properties;
        }

        /**
         * Properties of a NetworkAttachment.
         * @deprecated Use jetnet.v1.NetworkAttachment.$Properties instead.
         */
        interface INetworkAttachment extends jetnet.v1.NetworkAttachment.$Properties {
        }

        /** Key in bucket jetnet-attachments: <namespace>.<name>. */
        class NetworkAttachment {

            /**
             * Constructs a new NetworkAttachment.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.NetworkAttachment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkAttachment meta. */
            meta?: (jetnet.v1.ObjectMeta.$Properties|null);

            /** NetworkAttachment spec. */
            spec?: (jetnet.v1.AttachmentSpec.$Properties|null);

            /** NetworkAttachment status. */
            status?: (jetnet.v1.AttachmentStatus.$Properties|null);

            /**
             * Creates a new NetworkAttachment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkAttachment instance
             */
            static create(properties: jetnet.v1.NetworkAttachment.$Shape): jetnet.v1.NetworkAttachment & jetnet.v1.NetworkAttachment.$Shape;
            static create(properties?: jetnet.v1.NetworkAttachment.$Properties): jetnet.v1.NetworkAttachment;

            /**
             * Encodes the specified NetworkAttachment message. Does not implicitly {@link jetnet.v1.NetworkAttachment.verify|verify} messages.
             * @param message NetworkAttachment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.NetworkAttachment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkAttachment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.NetworkAttachment & jetnet.v1.NetworkAttachment.$Shape} NetworkAttachment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.NetworkAttachment & jetnet.v1.NetworkAttachment.$Shape;

            /**
             * Verifies a NetworkAttachment message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NetworkAttachment message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkAttachment
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.NetworkAttachment;

            /**
             * Creates a plain object from a NetworkAttachment message. Also converts values to other types if specified.
             * @param message NetworkAttachment
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.NetworkAttachment, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkAttachment to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NetworkAttachment
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkAttachment {

            /** Properties of a NetworkAttachment. */
            interface $Properties {

                /** NetworkAttachment meta */
                meta?: (jetnet.v1.ObjectMeta.$Properties|null);

                /** NetworkAttachment spec */
                spec?: (jetnet.v1.AttachmentSpec.$Properties|null);

                /** NetworkAttachment status */
                status?: (jetnet.v1.AttachmentStatus.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkAttachment. */
            type $Shape = jetnet.v1.NetworkAttachment.$Properties;
        }

        /**
         * Properties of an ObjectMeta.
         * @deprecated Use jetnet.v1.ObjectMeta.$Properties instead.
         */
        interface IObjectMeta extends jetnet.v1.ObjectMeta.$Properties {
        }

        /**
         * Metadata common to every stored object. The object's revision is the KV revision of its key
         * and is deliberately not stored here (a value cannot know the revision it will be written at);
         * API replies carry it beside the object.
         */
        class ObjectMeta {

            /**
             * Constructs a new ObjectMeta.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.ObjectMeta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Tenant namespace; also the first token of the KV key and of the API subject. */
            namespace: string;

            /** Unique within (kind, namespace); the second token of the KV key. */
            name: string;

            /** Assigned by the server at create; distinguishes a re-created object from its predecessor. */
            uid: string;

            /** Server time of the create, in microseconds since the Unix epoch. */
            createTimeUs: number;

            /**
             * Section -> server time (µs since the epoch) of the last write to that section, stamped by
             * the writer so latencies can be measured from the last client write. Sections: "spec",
             * "status" (subnet); "status.address", "status.impl", "status.exec" (attachment).
             */
            writeTimesUs: { [k: string]: number };

            /** Incremented by the server on every change of spec. */
            generation: number;

            /** ObjectMeta labels. */
            labels: { [k: string]: string };

            /**
             * Creates a new ObjectMeta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ObjectMeta instance
             */
            static create(properties: jetnet.v1.ObjectMeta.$Shape): jetnet.v1.ObjectMeta & jetnet.v1.ObjectMeta.$Shape;
            static create(properties?: jetnet.v1.ObjectMeta.$Properties): jetnet.v1.ObjectMeta;

            /**
             * Encodes the specified ObjectMeta message. Does not implicitly {@link jetnet.v1.ObjectMeta.verify|verify} messages.
             * @param message ObjectMeta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.ObjectMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ObjectMeta message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.ObjectMeta & jetnet.v1.ObjectMeta.$Shape} ObjectMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.ObjectMeta & jetnet.v1.ObjectMeta.$Shape;

            /**
             * Verifies an ObjectMeta message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ObjectMeta message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ObjectMeta
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.ObjectMeta;

            /**
             * Creates a plain object from an ObjectMeta message. Also converts values to other types if specified.
             * @param message ObjectMeta
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.ObjectMeta, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ObjectMeta to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ObjectMeta
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ObjectMeta {

            /** Properties of an ObjectMeta. */
            interface $Properties {

                /** Tenant namespace; also the first token of the KV key and of the API subject. */
                namespace?: (string|null);

                /** Unique within (kind, namespace); the second token of the KV key. */
                name?: (string|null);

                /** Assigned by the server at create; distinguishes a re-created object from its predecessor. */
                uid?: (string|null);

                /** Server time of the create, in microseconds since the Unix epoch. */
                createTimeUs?: (number|null);

                /**
                 * Section -> server time (µs since the epoch) of the last write to that section, stamped by
                 * the writer so latencies can be measured from the last client write. Sections: "spec",
                 * "status" (subnet); "status.address", "status.impl", "status.exec" (attachment).
                 */
                writeTimesUs?: ({ [k: string]: number }|null);

                /** Incremented by the server on every change of spec. */
                generation?: (number|null);

                /** ObjectMeta labels */
                labels?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ObjectMeta. */
            type $Shape = jetnet.v1.ObjectMeta.$Properties;
        }

        /**
         * Properties of a SubnetSpec.
         * @deprecated Use jetnet.v1.SubnetSpec.$Properties instead.
         */
        interface ISubnetSpec extends jetnet.v1.SubnetSpec.$Properties {
        }

        /** What the tenant asks for. vni and cidr are immutable after create. */
        class SubnetSpec {

            /**
             * Constructs a new SubnetSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.SubnetSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VXLAN network id, 1..2^21-1. Immutable. */
            vni: number;

            /** IPv4 CIDR inside RFC 1918, e.g. "10.1.0.0/24". Immutable. */
            cidr: string;

            /**
             * Addresses never leased: "a.b.c.d", a range "a.b.c.d-e.f.g.h" or a CIDR. A static request
             * for one is refused; an update may not add an exclusion over an address in use.
             */
            exclude: string[];

            /**
             * Optional gateway address inside cidr; never leased, statically or dynamically. Empty = none.
             * An update may not move it onto an address in use.
             */
            gateway: string;

            /**
             * Creates a new SubnetSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubnetSpec instance
             */
            static create(properties: jetnet.v1.SubnetSpec.$Shape): jetnet.v1.SubnetSpec & jetnet.v1.SubnetSpec.$Shape;
            static create(properties?: jetnet.v1.SubnetSpec.$Properties): jetnet.v1.SubnetSpec;

            /**
             * Encodes the specified SubnetSpec message. Does not implicitly {@link jetnet.v1.SubnetSpec.verify|verify} messages.
             * @param message SubnetSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.SubnetSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubnetSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.SubnetSpec & jetnet.v1.SubnetSpec.$Shape} SubnetSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.SubnetSpec & jetnet.v1.SubnetSpec.$Shape;

            /**
             * Verifies a SubnetSpec message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubnetSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubnetSpec
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.SubnetSpec;

            /**
             * Creates a plain object from a SubnetSpec message. Also converts values to other types if specified.
             * @param message SubnetSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.SubnetSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubnetSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubnetSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubnetSpec {

            /** Properties of a SubnetSpec. */
            interface $Properties {

                /** VXLAN network id, 1..2^21-1. Immutable. */
                vni?: (number|null);

                /** IPv4 CIDR inside RFC 1918, e.g. "10.1.0.0/24". Immutable. */
                cidr?: (string|null);

                /**
                 * Addresses never leased: "a.b.c.d", a range "a.b.c.d-e.f.g.h" or a CIDR. A static request
                 * for one is refused; an update may not add an exclusion over an address in use.
                 */
                exclude?: (string[]|null);

                /**
                 * Optional gateway address inside cidr; never leased, statically or dynamically. Empty = none.
                 * An update may not move it onto an address in use.
                 */
                gateway?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubnetSpec. */
            type $Shape = jetnet.v1.SubnetSpec.$Properties;
        }

        /**
         * Properties of a SubnetStatus.
         * @deprecated Use jetnet.v1.SubnetStatus.$Properties instead.
         */
        interface ISubnetStatus extends jetnet.v1.SubnetStatus.$Properties {
        }

        /** Written only by the services (the subnet validator), never by clients. */
        class SubnetStatus {

            /**
             * Constructs a new SubnetStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.SubnetStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** True once the subnet holds its VNI claim; monotonic (never goes back to false). */
            validated: boolean;

            /** Why the subnet is not (yet) validated, e.g. an overlapping CIDR in the same VNI. */
            errors: string[];

            /**
             * Creates a new SubnetStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubnetStatus instance
             */
            static create(properties: jetnet.v1.SubnetStatus.$Shape): jetnet.v1.SubnetStatus & jetnet.v1.SubnetStatus.$Shape;
            static create(properties?: jetnet.v1.SubnetStatus.$Properties): jetnet.v1.SubnetStatus;

            /**
             * Encodes the specified SubnetStatus message. Does not implicitly {@link jetnet.v1.SubnetStatus.verify|verify} messages.
             * @param message SubnetStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.SubnetStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubnetStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.SubnetStatus & jetnet.v1.SubnetStatus.$Shape} SubnetStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.SubnetStatus & jetnet.v1.SubnetStatus.$Shape;

            /**
             * Verifies a SubnetStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubnetStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubnetStatus
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.SubnetStatus;

            /**
             * Creates a plain object from a SubnetStatus message. Also converts values to other types if specified.
             * @param message SubnetStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.SubnetStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubnetStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubnetStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubnetStatus {

            /** Properties of a SubnetStatus. */
            interface $Properties {

                /** True once the subnet holds its VNI claim; monotonic (never goes back to false). */
                validated?: (boolean|null);

                /** Why the subnet is not (yet) validated, e.g. an overlapping CIDR in the same VNI. */
                errors?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubnetStatus. */
            type $Shape = jetnet.v1.SubnetStatus.$Properties;
        }

        /**
         * Properties of a Subnet.
         * @deprecated Use jetnet.v1.Subnet.$Properties instead.
         */
        interface ISubnet extends jetnet.v1.Subnet.$Properties {
        }

        /** Key in bucket jetnet-subnets: <namespace>.<name>. */
        class Subnet {

            /**
             * Constructs a new Subnet.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.Subnet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Subnet meta. */
            meta?: (jetnet.v1.ObjectMeta.$Properties|null);

            /** Subnet spec. */
            spec?: (jetnet.v1.SubnetSpec.$Properties|null);

            /** Subnet status. */
            status?: (jetnet.v1.SubnetStatus.$Properties|null);

            /**
             * Creates a new Subnet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Subnet instance
             */
            static create(properties: jetnet.v1.Subnet.$Shape): jetnet.v1.Subnet & jetnet.v1.Subnet.$Shape;
            static create(properties?: jetnet.v1.Subnet.$Properties): jetnet.v1.Subnet;

            /**
             * Encodes the specified Subnet message. Does not implicitly {@link jetnet.v1.Subnet.verify|verify} messages.
             * @param message Subnet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.Subnet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Subnet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.Subnet & jetnet.v1.Subnet.$Shape} Subnet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.Subnet & jetnet.v1.Subnet.$Shape;

            /**
             * Verifies a Subnet message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Subnet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Subnet
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.Subnet;

            /**
             * Creates a plain object from a Subnet message. Also converts values to other types if specified.
             * @param message Subnet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.Subnet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Subnet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Subnet
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Subnet {

            /** Properties of a Subnet. */
            interface $Properties {

                /** Subnet meta */
                meta?: (jetnet.v1.ObjectMeta.$Properties|null);

                /** Subnet spec */
                spec?: (jetnet.v1.SubnetSpec.$Properties|null);

                /** Subnet status */
                status?: (jetnet.v1.SubnetStatus.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Subnet. */
            type $Shape = jetnet.v1.Subnet.$Properties;
        }

        /**
         * Properties of a Mapping.
         * @deprecated Use jetnet.v1.Mapping.$Properties instead.
         */
        interface IMapping extends jetnet.v1.Mapping.$Properties {
        }

        /**
         * A guest -> host mapping, the remote view of an implemented attachment.
         * Key in bucket jetnet-map: <vni>.<namespace>.<name>.
         */
        class Mapping {

            /**
             * Constructs a new Mapping.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.Mapping.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Mapping vni. */
            vni: number;

            /** Mapping ip. */
            ip: string;

            /** Mapping mac. */
            mac: string;

            /** Underlay address of the attachment's node (VXLAN tunnel endpoint). */
            hostIp: string;

            /** Mapping namespace. */
            namespace: string;

            /** Mapping name. */
            name: string;

            /** Mapping uid. */
            uid: string;

            /**
             * KV revision of the source attachment: a reader applies a newer value over an older one and
             * ignores an older one, whichever path (snapshot or live) delivered it first.
             */
            sourceRevision: number;

            /** Mapping node. */
            node: string;

            /** Server time (µs) of the attachment's latest client write, for end-to-end latency metrics. */
            clientWriteUs: number;

            /**
             * Creates a new Mapping instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Mapping instance
             */
            static create(properties: jetnet.v1.Mapping.$Shape): jetnet.v1.Mapping & jetnet.v1.Mapping.$Shape;
            static create(properties?: jetnet.v1.Mapping.$Properties): jetnet.v1.Mapping;

            /**
             * Encodes the specified Mapping message. Does not implicitly {@link jetnet.v1.Mapping.verify|verify} messages.
             * @param message Mapping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.Mapping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Mapping message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.Mapping & jetnet.v1.Mapping.$Shape} Mapping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.Mapping & jetnet.v1.Mapping.$Shape;

            /**
             * Verifies a Mapping message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Mapping message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Mapping
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.Mapping;

            /**
             * Creates a plain object from a Mapping message. Also converts values to other types if specified.
             * @param message Mapping
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.Mapping, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Mapping to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Mapping
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Mapping {

            /** Properties of a Mapping. */
            interface $Properties {

                /** Mapping vni */
                vni?: (number|null);

                /** Mapping ip */
                ip?: (string|null);

                /** Mapping mac */
                mac?: (string|null);

                /** Underlay address of the attachment's node (VXLAN tunnel endpoint). */
                hostIp?: (string|null);

                /** Mapping namespace */
                namespace?: (string|null);

                /** Mapping name */
                name?: (string|null);

                /** Mapping uid */
                uid?: (string|null);

                /**
                 * KV revision of the source attachment: a reader applies a newer value over an older one and
                 * ignores an older one, whichever path (snapshot or live) delivered it first.
                 */
                sourceRevision?: (number|null);

                /** Mapping node */
                node?: (string|null);

                /** Server time (µs) of the attachment's latest client write, for end-to-end latency metrics. */
                clientWriteUs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Mapping. */
            type $Shape = jetnet.v1.Mapping.$Properties;
        }

        /**
         * Properties of a NodeWork.
         * @deprecated Use jetnet.v1.NodeWork.$Properties instead.
         */
        interface INodeWork extends jetnet.v1.NodeWork.$Properties {
        }

        /**
         * A node's local work item. Key on feed jetnet-node: <node token>.<namespace>.<name>, where
         * the node token is the node name with dots replaced by underscores (node names are DNS names,
         * which never contain underscores), so one node's keys never match another node's filter.
         */
        class NodeWork {

            /**
             * Constructs a new NodeWork.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.NodeWork.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeWork attachment. */
            attachment?: (jetnet.v1.NetworkAttachment.$Properties|null);

            /** Revision of the source attachment (see Mapping.source_revision). */
            sourceRevision: number;

            /**
             * Only in an announcement of the node's first work in the attachment's VNI: the VNI's
             * mappings at that moment (at most a few hundred; none when the VNI has more), so the agent
             * starts following the VNI without asking for a snapshot. Never held in a view.
             */
            peers: jetnet.v1.Mapping.$Properties[];

            /**
             * With peers: the revision of the last announcement on the VNI's feed they include (0: none
             * yet), from which the agent judges the next one's predecessor. Also set when peers is empty.
             */
            peersRevision: number;

            /** With peers: whether peers were included at all (an empty VNI sends none but is complete). */
            peersComplete: boolean;

            /**
             * Set by a mapping service that sends every announcement on a VNI's feed as a FeedBatch on
             * `jetnet.feed.v1.jetnet-map.<vni>._batch`: the agent may then follow the VNI with that one
             * literal subject instead of `<vni>.>`. nats-server pays for a wildcard subscription, made or
             * removed, with a pass over its subject cache, and an agent subscribes and unsubscribes once
             * for nearly every attachment where networks are small. Without it, the wildcard.
             */
            mapFeedBatched: boolean;

            /**
             * Creates a new NodeWork instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeWork instance
             */
            static create(properties: jetnet.v1.NodeWork.$Shape): jetnet.v1.NodeWork & jetnet.v1.NodeWork.$Shape;
            static create(properties?: jetnet.v1.NodeWork.$Properties): jetnet.v1.NodeWork;

            /**
             * Encodes the specified NodeWork message. Does not implicitly {@link jetnet.v1.NodeWork.verify|verify} messages.
             * @param message NodeWork message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.NodeWork.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeWork message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.NodeWork & jetnet.v1.NodeWork.$Shape} NodeWork
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.NodeWork & jetnet.v1.NodeWork.$Shape;

            /**
             * Verifies a NodeWork message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeWork message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeWork
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.NodeWork;

            /**
             * Creates a plain object from a NodeWork message. Also converts values to other types if specified.
             * @param message NodeWork
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.NodeWork, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeWork to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeWork
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeWork {

            /** Properties of a NodeWork. */
            interface $Properties {

                /** NodeWork attachment */
                attachment?: (jetnet.v1.NetworkAttachment.$Properties|null);

                /** Revision of the source attachment (see Mapping.source_revision). */
                sourceRevision?: (number|null);

                /**
                 * Only in an announcement of the node's first work in the attachment's VNI: the VNI's
                 * mappings at that moment (at most a few hundred; none when the VNI has more), so the agent
                 * starts following the VNI without asking for a snapshot. Never held in a view.
                 */
                peers?: (jetnet.v1.Mapping.$Properties[]|null);

                /**
                 * With peers: the revision of the last announcement on the VNI's feed they include (0: none
                 * yet), from which the agent judges the next one's predecessor. Also set when peers is empty.
                 */
                peersRevision?: (number|null);

                /** With peers: whether peers were included at all (an empty VNI sends none but is complete). */
                peersComplete?: (boolean|null);

                /**
                 * Set by a mapping service that sends every announcement on a VNI's feed as a FeedBatch on
                 * `jetnet.feed.v1.jetnet-map.<vni>._batch`: the agent may then follow the VNI with that one
                 * literal subject instead of `<vni>.>`. nats-server pays for a wildcard subscription, made or
                 * removed, with a pass over its subject cache, and an agent subscribes and unsubscribes once
                 * for nearly every attachment where networks are small. Without it, the wildcard.
                 */
                mapFeedBatched?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeWork. */
            type $Shape = jetnet.v1.NodeWork.$Properties;
        }

        /**
         * Properties of a SnapshotRequest.
         * @deprecated Use jetnet.v1.SnapshotRequest.$Properties instead.
         */
        interface ISnapshotRequest extends jetnet.v1.SnapshotRequest.$Properties {
        }

        /**
         * Snapshots and digests served from the mapping service's memory (subjects
         * jetnet.mapping.v1.snapshot and jetnet.mapping.v1.digest), so that agents catching up do not
         * cost JetStream a consumer each. A view is "map.<vni>" (bucket jetnet-map, keys <vni>.>) or
         * "node.<node token>" (bucket jetnet-node).
         */
        class SnapshotRequest {

            /**
             * Constructs a new SnapshotRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.SnapshotRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotRequest view. */
            view: string;

            /**
             * Only what changed after this announcement revision of the view (an agent that started the
             * view from a node work's peers and then missed announcements before its subscription took
             * effect). The replica that announces the view answers with a partial reply when it still
             * knows every announcement since; otherwise the reply is a whole snapshot. 0: a whole snapshot.
             */
            since: number;

            /**
             * With since: only what changed up to this revision too (0: up to the last). The requester
             * received the view's announcements after it live: the first it received named this one as
             * its predecessor, so what it missed lies between since and here, and a reply up to the last
             * announcement would repeat what it already has.
             */
            until: number;

            /**
             * Creates a new SnapshotRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotRequest instance
             */
            static create(properties: jetnet.v1.SnapshotRequest.$Shape): jetnet.v1.SnapshotRequest & jetnet.v1.SnapshotRequest.$Shape;
            static create(properties?: jetnet.v1.SnapshotRequest.$Properties): jetnet.v1.SnapshotRequest;

            /**
             * Encodes the specified SnapshotRequest message. Does not implicitly {@link jetnet.v1.SnapshotRequest.verify|verify} messages.
             * @param message SnapshotRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.SnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.SnapshotRequest & jetnet.v1.SnapshotRequest.$Shape} SnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.SnapshotRequest & jetnet.v1.SnapshotRequest.$Shape;

            /**
             * Verifies a SnapshotRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SnapshotRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotRequest
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.SnapshotRequest;

            /**
             * Creates a plain object from a SnapshotRequest message. Also converts values to other types if specified.
             * @param message SnapshotRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.SnapshotRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SnapshotRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotRequest {

            /** Properties of a SnapshotRequest. */
            interface $Properties {

                /** SnapshotRequest view */
                view?: (string|null);

                /**
                 * Only what changed after this announcement revision of the view (an agent that started the
                 * view from a node work's peers and then missed announcements before its subscription took
                 * effect). The replica that announces the view answers with a partial reply when it still
                 * knows every announcement since; otherwise the reply is a whole snapshot. 0: a whole snapshot.
                 */
                since?: (number|null);

                /**
                 * With since: only what changed up to this revision too (0: up to the last). The requester
                 * received the view's announcements after it live: the first it received named this one as
                 * its predecessor, so what it missed lies between since and here, and a reply up to the last
                 * announcement would repeat what it already has.
                 */
                until?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotRequest. */
            type $Shape = jetnet.v1.SnapshotRequest.$Properties;
        }

        /**
         * Properties of a SnapshotEntry.
         * @deprecated Use jetnet.v1.SnapshotEntry.$Properties instead.
         */
        interface ISnapshotEntry extends jetnet.v1.SnapshotEntry.$Properties {
        }

        /** Represents a SnapshotEntry. */
        class SnapshotEntry {

            /**
             * Constructs a new SnapshotEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.SnapshotEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotEntry key. */
            key: string;

            /** The KV value as stored (an encoded Mapping or NodeWork). */
            value: Uint8Array;

            /**
             * Creates a new SnapshotEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotEntry instance
             */
            static create(properties: jetnet.v1.SnapshotEntry.$Shape): jetnet.v1.SnapshotEntry & jetnet.v1.SnapshotEntry.$Shape;
            static create(properties?: jetnet.v1.SnapshotEntry.$Properties): jetnet.v1.SnapshotEntry;

            /**
             * Encodes the specified SnapshotEntry message. Does not implicitly {@link jetnet.v1.SnapshotEntry.verify|verify} messages.
             * @param message SnapshotEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.SnapshotEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.SnapshotEntry & jetnet.v1.SnapshotEntry.$Shape} SnapshotEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.SnapshotEntry & jetnet.v1.SnapshotEntry.$Shape;

            /**
             * Verifies a SnapshotEntry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SnapshotEntry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotEntry
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.SnapshotEntry;

            /**
             * Creates a plain object from a SnapshotEntry message. Also converts values to other types if specified.
             * @param message SnapshotEntry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.SnapshotEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SnapshotEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotEntry {

            /** Properties of a SnapshotEntry. */
            interface $Properties {

                /** SnapshotEntry key */
                key?: (string|null);

                /** The KV value as stored (an encoded Mapping or NodeWork). */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotEntry. */
            type $Shape = jetnet.v1.SnapshotEntry.$Properties;
        }

        /**
         * Properties of a SnapshotReply.
         * @deprecated Use jetnet.v1.SnapshotReply.$Properties instead.
         */
        interface ISnapshotReply extends jetnet.v1.SnapshotReply.$Properties {
        }

        /** Represents a SnapshotReply. */
        class SnapshotReply {

            /**
             * Constructs a new SnapshotReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.SnapshotReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotReply entries. */
            entries: jetnet.v1.SnapshotEntry.$Properties[];

            /** SnapshotReply error. */
            error?: (jetnet.v1.Error.$Properties|null);

            /**
             * An answer to SnapshotRequest.since: entries are the keys announced after it that the view
             * holds now, removed those it no longer holds; every other key is as the requester has it.
             */
            partial: boolean;

            /** SnapshotReply removed. */
            removed: string[];

            /**
             * With partial: the view's last announcement revision the reply includes (SnapshotRequest.until
             * when that was asked for).
             */
            revision: number;

            /**
             * Creates a new SnapshotReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotReply instance
             */
            static create(properties: jetnet.v1.SnapshotReply.$Shape): jetnet.v1.SnapshotReply & jetnet.v1.SnapshotReply.$Shape;
            static create(properties?: jetnet.v1.SnapshotReply.$Properties): jetnet.v1.SnapshotReply;

            /**
             * Encodes the specified SnapshotReply message. Does not implicitly {@link jetnet.v1.SnapshotReply.verify|verify} messages.
             * @param message SnapshotReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.SnapshotReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.SnapshotReply & jetnet.v1.SnapshotReply.$Shape} SnapshotReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.SnapshotReply & jetnet.v1.SnapshotReply.$Shape;

            /**
             * Verifies a SnapshotReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SnapshotReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotReply
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.SnapshotReply;

            /**
             * Creates a plain object from a SnapshotReply message. Also converts values to other types if specified.
             * @param message SnapshotReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.SnapshotReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SnapshotReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotReply {

            /** Properties of a SnapshotReply. */
            interface $Properties {

                /** SnapshotReply entries */
                entries?: (jetnet.v1.SnapshotEntry.$Properties[]|null);

                /** SnapshotReply error */
                error?: (jetnet.v1.Error.$Properties|null);

                /**
                 * An answer to SnapshotRequest.since: entries are the keys announced after it that the view
                 * holds now, removed those it no longer holds; every other key is as the requester has it.
                 */
                partial?: (boolean|null);

                /** SnapshotReply removed */
                removed?: (string[]|null);

                /**
                 * With partial: the view's last announcement revision the reply includes (SnapshotRequest.until
                 * when that was asked for).
                 */
                revision?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotReply. */
            type $Shape = jetnet.v1.SnapshotReply.$Properties;
        }

        /**
         * Properties of a DigestRequest.
         * @deprecated Use jetnet.v1.DigestRequest.$Properties instead.
         */
        interface IDigestRequest extends jetnet.v1.DigestRequest.$Properties {
        }

        /** Represents a DigestRequest. */
        class DigestRequest {

            /**
             * Constructs a new DigestRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.DigestRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DigestRequest views. */
            views: string[];

            /**
             * VNI views' digests without the asking node's own mappings: an agent does not hold those
             * (nobody announces a mapping to its own node, see services/mapping/projections.ts).
             */
            withoutOwn: boolean;

            /**
             * Creates a new DigestRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DigestRequest instance
             */
            static create(properties: jetnet.v1.DigestRequest.$Shape): jetnet.v1.DigestRequest & jetnet.v1.DigestRequest.$Shape;
            static create(properties?: jetnet.v1.DigestRequest.$Properties): jetnet.v1.DigestRequest;

            /**
             * Encodes the specified DigestRequest message. Does not implicitly {@link jetnet.v1.DigestRequest.verify|verify} messages.
             * @param message DigestRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.DigestRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DigestRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.DigestRequest & jetnet.v1.DigestRequest.$Shape} DigestRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.DigestRequest & jetnet.v1.DigestRequest.$Shape;

            /**
             * Verifies a DigestRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DigestRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DigestRequest
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.DigestRequest;

            /**
             * Creates a plain object from a DigestRequest message. Also converts values to other types if specified.
             * @param message DigestRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.DigestRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DigestRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DigestRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DigestRequest {

            /** Properties of a DigestRequest. */
            interface $Properties {

                /** DigestRequest views */
                views?: (string[]|null);

                /**
                 * VNI views' digests without the asking node's own mappings: an agent does not hold those
                 * (nobody announces a mapping to its own node, see services/mapping/projections.ts).
                 */
                withoutOwn?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DigestRequest. */
            type $Shape = jetnet.v1.DigestRequest.$Properties;
        }

        /**
         * Properties of a Digest.
         * @deprecated Use jetnet.v1.Digest.$Properties instead.
         */
        interface IDigest extends jetnet.v1.Digest.$Properties {
        }

        /**
         * Order-independent summary of a view: entry count and the XOR of a hash of
         * "<key>@<source revision>" over its entries. Equal digests mean (with high probability) equal views.
         */
        class Digest {

            /**
             * Constructs a new Digest.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.Digest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Digest view. */
            view: string;

            /** Digest count. */
            count: number;

            /** Digest hash. */
            hash: number;

            /**
             * Creates a new Digest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Digest instance
             */
            static create(properties: jetnet.v1.Digest.$Shape): jetnet.v1.Digest & jetnet.v1.Digest.$Shape;
            static create(properties?: jetnet.v1.Digest.$Properties): jetnet.v1.Digest;

            /**
             * Encodes the specified Digest message. Does not implicitly {@link jetnet.v1.Digest.verify|verify} messages.
             * @param message Digest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.Digest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Digest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.Digest & jetnet.v1.Digest.$Shape} Digest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.Digest & jetnet.v1.Digest.$Shape;

            /**
             * Verifies a Digest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Digest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Digest
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.Digest;

            /**
             * Creates a plain object from a Digest message. Also converts values to other types if specified.
             * @param message Digest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.Digest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Digest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Digest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Digest {

            /** Properties of a Digest. */
            interface $Properties {

                /** Digest view */
                view?: (string|null);

                /** Digest count */
                count?: (number|null);

                /** Digest hash */
                hash?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Digest. */
            type $Shape = jetnet.v1.Digest.$Properties;
        }

        /**
         * Properties of a DigestReply.
         * @deprecated Use jetnet.v1.DigestReply.$Properties instead.
         */
        interface IDigestReply extends jetnet.v1.DigestReply.$Properties {
        }

        /** Represents a DigestReply. */
        class DigestReply {

            /**
             * Constructs a new DigestReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.DigestReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DigestReply digests. */
            digests: jetnet.v1.Digest.$Properties[];

            /** DigestReply error. */
            error?: (jetnet.v1.Error.$Properties|null);

            /**
             * The VNI views' digests leave the asking node's mappings out (DigestRequest.without_own); a
             * service older than that field counts them, and the agent adds its own back to compare.
             */
            withoutOwn: boolean;

            /**
             * Creates a new DigestReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DigestReply instance
             */
            static create(properties: jetnet.v1.DigestReply.$Shape): jetnet.v1.DigestReply & jetnet.v1.DigestReply.$Shape;
            static create(properties?: jetnet.v1.DigestReply.$Properties): jetnet.v1.DigestReply;

            /**
             * Encodes the specified DigestReply message. Does not implicitly {@link jetnet.v1.DigestReply.verify|verify} messages.
             * @param message DigestReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.DigestReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DigestReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.DigestReply & jetnet.v1.DigestReply.$Shape} DigestReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.DigestReply & jetnet.v1.DigestReply.$Shape;

            /**
             * Verifies a DigestReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DigestReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DigestReply
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.DigestReply;

            /**
             * Creates a plain object from a DigestReply message. Also converts values to other types if specified.
             * @param message DigestReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.DigestReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DigestReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DigestReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DigestReply {

            /** Properties of a DigestReply. */
            interface $Properties {

                /** DigestReply digests */
                digests?: (jetnet.v1.Digest.$Properties[]|null);

                /** DigestReply error */
                error?: (jetnet.v1.Error.$Properties|null);

                /**
                 * The VNI views' digests leave the asking node's mappings out (DigestRequest.without_own); a
                 * service older than that field counts them, and the agent adds its own back to compare.
                 */
                withoutOwn?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DigestReply. */
            type $Shape = jetnet.v1.DigestReply.$Properties;
        }

        /**
         * Properties of a FeedBatch.
         * @deprecated Use jetnet.v1.FeedBatch.$Properties instead.
         */
        interface IFeedBatch extends jetnet.v1.FeedBatch.$Properties {
        }

        /**
         * Several announcements on one view's feed in one message, subject
         * jetnet.feed.v1.<bucket>.<view token>._batch: what the mapping service announced on the view
         * within one turn of its event loop, in order. An idle view still gets one message per
         * announcement (the entry's own subject, as before); under load a burst on a busy VNI costs
         * nats-server and every follower one message instead of one per mapping. The headers are those
         * of one announcement: Jetnet-Revision the last entry's, Jetnet-Previous the view's announcement
         * before the first entry.
         */
        class FeedBatch {

            /**
             * Constructs a new FeedBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.FeedBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FeedBatch entries. */
            entries: jetnet.v1.FeedEntry.$Properties[];

            /**
             * The two headers' values again, in the body (0: none), where a follower reads them without
             * parsing the message's headers (a quarter of an agent's cost per message before the entries
             * are applied). Absent (0) from services older than these fields: then the headers count.
             */
            revision: number;

            /** FeedBatch previous. */
            previous: number;

            /**
             * Creates a new FeedBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FeedBatch instance
             */
            static create(properties: jetnet.v1.FeedBatch.$Shape): jetnet.v1.FeedBatch & jetnet.v1.FeedBatch.$Shape;
            static create(properties?: jetnet.v1.FeedBatch.$Properties): jetnet.v1.FeedBatch;

            /**
             * Encodes the specified FeedBatch message. Does not implicitly {@link jetnet.v1.FeedBatch.verify|verify} messages.
             * @param message FeedBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.FeedBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FeedBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.FeedBatch & jetnet.v1.FeedBatch.$Shape} FeedBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.FeedBatch & jetnet.v1.FeedBatch.$Shape;

            /**
             * Verifies a FeedBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FeedBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FeedBatch
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.FeedBatch;

            /**
             * Creates a plain object from a FeedBatch message. Also converts values to other types if specified.
             * @param message FeedBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.FeedBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FeedBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FeedBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FeedBatch {

            /** Properties of a FeedBatch. */
            interface $Properties {

                /** FeedBatch entries */
                entries?: (jetnet.v1.FeedEntry.$Properties[]|null);

                /**
                 * The two headers' values again, in the body (0: none), where a follower reads them without
                 * parsing the message's headers (a quarter of an agent's cost per message before the entries
                 * are applied). Absent (0) from services older than these fields: then the headers count.
                 */
                revision?: (number|null);

                /** FeedBatch previous */
                previous?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FeedBatch. */
            type $Shape = jetnet.v1.FeedBatch.$Properties;
        }

        /**
         * Properties of a FeedEntry.
         * @deprecated Use jetnet.v1.FeedEntry.$Properties instead.
         */
        interface IFeedEntry extends jetnet.v1.FeedEntry.$Properties {
        }

        /** Represents a FeedEntry. */
        class FeedEntry {

            /**
             * Constructs a new FeedEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.FeedEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FeedEntry key. */
            key: string;

            /** The encoded Mapping or NodeWork; empty for a delete. */
            value: Uint8Array;

            /** FeedEntry deleted. */
            deleted: boolean;

            /** A delete on a VNI's feed that also deletes this node work (Jetnet-Deletes-Work). */
            deletesWork: string;

            /**
             * The uid of the attachment whose node work that is (Jetnet-Deletes-Work-Uid): node work of
             * another attachment under the same name, created since, stays.
             */
            deletesWorkUid: string;

            /**
             * Creates a new FeedEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FeedEntry instance
             */
            static create(properties: jetnet.v1.FeedEntry.$Shape): jetnet.v1.FeedEntry & jetnet.v1.FeedEntry.$Shape;
            static create(properties?: jetnet.v1.FeedEntry.$Properties): jetnet.v1.FeedEntry;

            /**
             * Encodes the specified FeedEntry message. Does not implicitly {@link jetnet.v1.FeedEntry.verify|verify} messages.
             * @param message FeedEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.FeedEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FeedEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.FeedEntry & jetnet.v1.FeedEntry.$Shape} FeedEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.FeedEntry & jetnet.v1.FeedEntry.$Shape;

            /**
             * Verifies a FeedEntry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FeedEntry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FeedEntry
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.FeedEntry;

            /**
             * Creates a plain object from a FeedEntry message. Also converts values to other types if specified.
             * @param message FeedEntry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.FeedEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FeedEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FeedEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FeedEntry {

            /** Properties of a FeedEntry. */
            interface $Properties {

                /** FeedEntry key */
                key?: (string|null);

                /** The encoded Mapping or NodeWork; empty for a delete. */
                value?: (Uint8Array|null);

                /** FeedEntry deleted */
                deleted?: (boolean|null);

                /** A delete on a VNI's feed that also deletes this node work (Jetnet-Deletes-Work). */
                deletesWork?: (string|null);

                /**
                 * The uid of the attachment whose node work that is (Jetnet-Deletes-Work-Uid): node work of
                 * another attachment under the same name, created since, stays.
                 */
                deletesWorkUid?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FeedEntry. */
            type $Shape = jetnet.v1.FeedEntry.$Properties;
        }

        /**
         * Properties of a SubnetClaim.
         * @deprecated Use jetnet.v1.SubnetClaim.$Properties instead.
         */
        interface ISubnetClaim extends jetnet.v1.SubnetClaim.$Properties {
        }

        /** One subnet holding part of a VNI's address space. */
        class SubnetClaim {

            /**
             * Constructs a new SubnetClaim.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.SubnetClaim.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubnetClaim namespace. */
            namespace: string;

            /** SubnetClaim name. */
            name: string;

            /** The subnet's uid, so a claim by a deleted-and-recreated subnet is told apart. */
            uid: string;

            /** SubnetClaim cidr. */
            cidr: string;

            /**
             * Creates a new SubnetClaim instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubnetClaim instance
             */
            static create(properties: jetnet.v1.SubnetClaim.$Shape): jetnet.v1.SubnetClaim & jetnet.v1.SubnetClaim.$Shape;
            static create(properties?: jetnet.v1.SubnetClaim.$Properties): jetnet.v1.SubnetClaim;

            /**
             * Encodes the specified SubnetClaim message. Does not implicitly {@link jetnet.v1.SubnetClaim.verify|verify} messages.
             * @param message SubnetClaim message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.SubnetClaim.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubnetClaim message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.SubnetClaim & jetnet.v1.SubnetClaim.$Shape} SubnetClaim
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.SubnetClaim & jetnet.v1.SubnetClaim.$Shape;

            /**
             * Verifies a SubnetClaim message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubnetClaim message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubnetClaim
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.SubnetClaim;

            /**
             * Creates a plain object from a SubnetClaim message. Also converts values to other types if specified.
             * @param message SubnetClaim
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.SubnetClaim, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubnetClaim to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubnetClaim
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubnetClaim {

            /** Properties of a SubnetClaim. */
            interface $Properties {

                /** SubnetClaim namespace */
                namespace?: (string|null);

                /** SubnetClaim name */
                name?: (string|null);

                /** The subnet's uid, so a claim by a deleted-and-recreated subnet is told apart. */
                uid?: (string|null);

                /** SubnetClaim cidr */
                cidr?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubnetClaim. */
            type $Shape = jetnet.v1.SubnetClaim.$Properties;
        }

        /**
         * Properties of a VniClaim.
         * @deprecated Use jetnet.v1.VniClaim.$Properties instead.
         */
        interface IVniClaim extends jetnet.v1.VniClaim.$Properties {
        }

        /**
         * Key in bucket jetnet-vnis: <vni>. Updated only with compare-and-swap, which is what makes
         * "pairwise disjoint CIDRs, one namespace per VNI" hold without multi-object transactions.
         */
        class VniClaim {

            /**
             * Constructs a new VniClaim.
             * @param [properties] Properties to set
             */
            constructor(properties?: jetnet.v1.VniClaim.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The one namespace all subnets of this VNI belong to. */
            namespace: string;

            /** Pairwise disjoint CIDRs. */
            subnets: jetnet.v1.SubnetClaim.$Properties[];

            /**
             * Creates a new VniClaim instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VniClaim instance
             */
            static create(properties: jetnet.v1.VniClaim.$Shape): jetnet.v1.VniClaim & jetnet.v1.VniClaim.$Shape;
            static create(properties?: jetnet.v1.VniClaim.$Properties): jetnet.v1.VniClaim;

            /**
             * Encodes the specified VniClaim message. Does not implicitly {@link jetnet.v1.VniClaim.verify|verify} messages.
             * @param message VniClaim message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: jetnet.v1.VniClaim.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VniClaim message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {jetnet.v1.VniClaim & jetnet.v1.VniClaim.$Shape} VniClaim
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): jetnet.v1.VniClaim & jetnet.v1.VniClaim.$Shape;

            /**
             * Verifies a VniClaim message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VniClaim message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VniClaim
             */
            static fromObject(object: { [k: string]: any }): jetnet.v1.VniClaim;

            /**
             * Creates a plain object from a VniClaim message. Also converts values to other types if specified.
             * @param message VniClaim
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: jetnet.v1.VniClaim, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VniClaim to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VniClaim
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VniClaim {

            /** Properties of a VniClaim. */
            interface $Properties {

                /** The one namespace all subnets of this VNI belong to. */
                namespace?: (string|null);

                /** Pairwise disjoint CIDRs. */
                subnets?: (jetnet.v1.SubnetClaim.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VniClaim. */
            type $Shape = jetnet.v1.VniClaim.$Properties;
        }
    }
}
