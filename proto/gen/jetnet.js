/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const jetnet = $root.jetnet = (() => {

    /**
     * Namespace jetnet.
     * @exports jetnet
     * @namespace
     */
    const jetnet = {};

    jetnet.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof jetnet
         * @namespace
         */
        const v1 = {};

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} jetnet.v1.Error.$Properties
             * @property {string|null} [code] One of INVALID, NOT_FOUND, ALREADY_EXISTS, CONFLICT, FORBIDDEN, UNAVAILABLE, INTERNAL,
             * EXPIRED (a list's revision can no longer be served) or RESOURCE_EXHAUSTED (the reply would
             * not fit in one NATS message: ask for smaller pages).
             * @property {string|null} [message] Error message
             * @property {string|null} [field] For INVALID: the offending field as a dotted path, e.g. "spec.cidr".
             * @property {number|null} [revision] For EXPIRED: the oldest revision a list can still be served at; start the list again
             * without a continue token.
             * @property {number|null} [retryAfterMs] For UNAVAILABLE when the service refuses a create because too many attachments wait for an
             * address: how long to wait before sending it again (ms); 0 = no hint.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof jetnet.v1
             * @interface IError
             * @augments jetnet.v1.Error.$Properties
             * @deprecated Use jetnet.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {jetnet.v1.Error.$Properties} jetnet.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof jetnet.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {jetnet.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * One of INVALID, NOT_FOUND, ALREADY_EXISTS, CONFLICT, FORBIDDEN, UNAVAILABLE, INTERNAL,
             * EXPIRED (a list's revision can no longer be served) or RESOURCE_EXHAUSTED (the reply would
             * not fit in one NATS message: ask for smaller pages).
             * @member {string} code
             * @memberof jetnet.v1.Error
             * @instance
             */
            Error.prototype.code = "";

            /**
             * Error message.
             * @member {string} message
             * @memberof jetnet.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * For INVALID: the offending field as a dotted path, e.g. "spec.cidr".
             * @member {string} field
             * @memberof jetnet.v1.Error
             * @instance
             */
            Error.prototype.field = "";

            /**
             * For EXPIRED: the oldest revision a list can still be served at; start the list again
             * without a continue token.
             * @member {number} revision
             * @memberof jetnet.v1.Error
             * @instance
             */
            Error.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * For UNAVAILABLE when the service refuses a create because too many attachments wait for an
             * address: how long to wait before sending it again (ms); 0 = no hint.
             * @member {number} retryAfterMs
             * @memberof jetnet.v1.Error
             * @instance
             */
            Error.prototype.retryAfterMs = 0;

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.Error
             * @static
             * @param {jetnet.v1.Error.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.Error} Error instance
             * @type {{
             *   (properties: jetnet.v1.Error.$Shape): jetnet.v1.Error & jetnet.v1.Error.$Shape;
             *   (properties?: jetnet.v1.Error.$Properties): jetnet.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link jetnet.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.Error
             * @static
             * @param {jetnet.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.field != null && $Object.hasOwnProperty.call(message, "field") && message.field !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.field);
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.revision);
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.retryAfterMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.Error & jetnet.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.field = value;
                            else
                                delete message.field;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.revision = value;
                            else
                                delete message.revision;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retryAfterMs = value;
                            else
                                delete message.retryAfterMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Error message.
             * @function verify
             * @memberof jetnet.v1.Error
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Error.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.field != null && $Object.hasOwnProperty.call(message, "field"))
                    if (!$util.isString(message.field))
                        return "field: string expected";
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (!$util.isInteger(message.revision) && !(message.revision && $util.isInteger(message.revision.low) && $util.isInteger(message.revision.high)))
                        return "revision: integer|Long expected";
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                    if (!$util.isInteger(message.retryAfterMs))
                        return "retryAfterMs: integer expected";
                return null;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.Error} Error
             */
            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.Error();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.field != null)
                    if (typeof object.field !== "string" || object.field.length)
                        message.field = $String(object.field);
                if (object.revision != null)
                    if (typeof object.revision === "object" ? object.revision.low || object.revision.high : $Number(object.revision) !== 0)
                        if ($util.Long)
                            message.revision = $util.Long.fromValue(object.revision, true);
                        else if (typeof object.revision === "string")
                            message.revision = $parseInt(object.revision, 10);
                        else if (typeof object.revision === "number")
                            message.revision = object.revision;
                        else if (typeof object.revision === "object")
                            message.revision = new $util.LongBits(object.revision.low >>> 0, object.revision.high >>> 0).toNumber(true);
                if (object.retryAfterMs != null)
                    if ($Number(object.retryAfterMs) !== 0)
                        message.retryAfterMs = object.retryAfterMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.Error
             * @static
             * @param {jetnet.v1.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                    object.field = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.revision = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.revision = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.retryAfterMs = 0;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.field != null && $Object.hasOwnProperty.call(message, "field"))
                    object.field = message.field;
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.revision = typeof message.revision === "number" ? $BigInt(message.revision) : $util.Long.fromBits(message.revision.low >>> 0, message.revision.high >>> 0, true).toBigInt();
                    else if (typeof message.revision === "number")
                        object.revision = options.longs === $String ? $String(message.revision) : message.revision;
                    else
                        object.revision = options.longs === $String ? $util.Long.prototype.toString.call(message.revision) : options.longs === $Number ? new $util.LongBits(message.revision.low >>> 0, message.revision.high >>> 0).toNumber(true) : message.revision;
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                    object.retryAfterMs = message.retryAfterMs;
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof jetnet.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof jetnet.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.Error";
            };

            return Error;
        })();

        v1.GetRequest = (function() {

            /**
             * Properties of a GetRequest.
             * @typedef {Object} jetnet.v1.GetRequest.$Properties
             * @property {string|null} [name] GetRequest name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetRequest.
             * @memberof jetnet.v1
             * @interface IGetRequest
             * @augments jetnet.v1.GetRequest.$Properties
             * @deprecated Use jetnet.v1.GetRequest.$Properties instead.
             */

            /**
             * Shape of a GetRequest.
             * @typedef {jetnet.v1.GetRequest.$Properties} jetnet.v1.GetRequest.$Shape
             */

            /**
             * Constructs a new GetRequest.
             * @memberof jetnet.v1
             * @classdesc Represents a GetRequest.
             * @constructor
             * @param {jetnet.v1.GetRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetRequest name.
             * @member {string} name
             * @memberof jetnet.v1.GetRequest
             * @instance
             */
            GetRequest.prototype.name = "";

            /**
             * Creates a new GetRequest instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.GetRequest
             * @static
             * @param {jetnet.v1.GetRequest.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.GetRequest} GetRequest instance
             * @type {{
             *   (properties: jetnet.v1.GetRequest.$Shape): jetnet.v1.GetRequest & jetnet.v1.GetRequest.$Shape;
             *   (properties?: jetnet.v1.GetRequest.$Properties): jetnet.v1.GetRequest;
             * }}
             */
            GetRequest.create = function(properties) {
                return new GetRequest(properties);
            };

            /**
             * Encodes the specified GetRequest message. Does not implicitly {@link jetnet.v1.GetRequest.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.GetRequest
             * @static
             * @param {jetnet.v1.GetRequest.$Properties} message GetRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.GetRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.GetRequest & jetnet.v1.GetRequest.$Shape} GetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.GetRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a GetRequest message.
             * @function verify
             * @memberof jetnet.v1.GetRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                return null;
            };

            /**
             * Creates a GetRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.GetRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.GetRequest} GetRequest
             */
            GetRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.GetRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.GetRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.GetRequest();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                return message;
            };

            /**
             * Creates a plain object from a GetRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.GetRequest
             * @static
             * @param {jetnet.v1.GetRequest} message GetRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.name = "";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            /**
             * Converts this GetRequest to JSON.
             * @function toJSON
             * @memberof jetnet.v1.GetRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetRequest.prototype.toJSON = function() {
                return GetRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetRequest
             * @function getTypeUrl
             * @memberof jetnet.v1.GetRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.GetRequest";
            };

            return GetRequest;
        })();

        v1.DeleteRequest = (function() {

            /**
             * Properties of a DeleteRequest.
             * @typedef {Object} jetnet.v1.DeleteRequest.$Properties
             * @property {string|null} [name] DeleteRequest name
             * @property {number|null} [expectedRevision] The object's revision must equal this; 0 = unconditional.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteRequest.
             * @memberof jetnet.v1
             * @interface IDeleteRequest
             * @augments jetnet.v1.DeleteRequest.$Properties
             * @deprecated Use jetnet.v1.DeleteRequest.$Properties instead.
             */

            /**
             * Shape of a DeleteRequest.
             * @typedef {jetnet.v1.DeleteRequest.$Properties} jetnet.v1.DeleteRequest.$Shape
             */

            /**
             * Constructs a new DeleteRequest.
             * @memberof jetnet.v1
             * @classdesc Represents a DeleteRequest.
             * @constructor
             * @param {jetnet.v1.DeleteRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteRequest name.
             * @member {string} name
             * @memberof jetnet.v1.DeleteRequest
             * @instance
             */
            DeleteRequest.prototype.name = "";

            /**
             * The object's revision must equal this; 0 = unconditional.
             * @member {number} expectedRevision
             * @memberof jetnet.v1.DeleteRequest
             * @instance
             */
            DeleteRequest.prototype.expectedRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new DeleteRequest instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.DeleteRequest
             * @static
             * @param {jetnet.v1.DeleteRequest.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.DeleteRequest} DeleteRequest instance
             * @type {{
             *   (properties: jetnet.v1.DeleteRequest.$Shape): jetnet.v1.DeleteRequest & jetnet.v1.DeleteRequest.$Shape;
             *   (properties?: jetnet.v1.DeleteRequest.$Properties): jetnet.v1.DeleteRequest;
             * }}
             */
            DeleteRequest.create = function(properties) {
                return new DeleteRequest(properties);
            };

            /**
             * Encodes the specified DeleteRequest message. Does not implicitly {@link jetnet.v1.DeleteRequest.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.DeleteRequest
             * @static
             * @param {jetnet.v1.DeleteRequest.$Properties} message DeleteRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.expectedRevision != null && $Object.hasOwnProperty.call(message, "expectedRevision") && (typeof message.expectedRevision === "object" ? message.expectedRevision.low || message.expectedRevision.high : message.expectedRevision !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.expectedRevision);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.DeleteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.DeleteRequest & jetnet.v1.DeleteRequest.$Shape} DeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.DeleteRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expectedRevision = value;
                            else
                                delete message.expectedRevision;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DeleteRequest message.
             * @function verify
             * @memberof jetnet.v1.DeleteRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeleteRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.expectedRevision != null && $Object.hasOwnProperty.call(message, "expectedRevision"))
                    if (!$util.isInteger(message.expectedRevision) && !(message.expectedRevision && $util.isInteger(message.expectedRevision.low) && $util.isInteger(message.expectedRevision.high)))
                        return "expectedRevision: integer|Long expected";
                return null;
            };

            /**
             * Creates a DeleteRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.DeleteRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.DeleteRequest} DeleteRequest
             */
            DeleteRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.DeleteRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.DeleteRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.DeleteRequest();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.expectedRevision != null)
                    if (typeof object.expectedRevision === "object" ? object.expectedRevision.low || object.expectedRevision.high : $Number(object.expectedRevision) !== 0)
                        if ($util.Long)
                            message.expectedRevision = $util.Long.fromValue(object.expectedRevision, true);
                        else if (typeof object.expectedRevision === "string")
                            message.expectedRevision = $parseInt(object.expectedRevision, 10);
                        else if (typeof object.expectedRevision === "number")
                            message.expectedRevision = object.expectedRevision;
                        else if (typeof object.expectedRevision === "object")
                            message.expectedRevision = new $util.LongBits(object.expectedRevision.low >>> 0, object.expectedRevision.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a DeleteRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.DeleteRequest
             * @static
             * @param {jetnet.v1.DeleteRequest} message DeleteRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeleteRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.expectedRevision = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expectedRevision = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.expectedRevision != null && $Object.hasOwnProperty.call(message, "expectedRevision"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expectedRevision = typeof message.expectedRevision === "number" ? $BigInt(message.expectedRevision) : $util.Long.fromBits(message.expectedRevision.low >>> 0, message.expectedRevision.high >>> 0, true).toBigInt();
                    else if (typeof message.expectedRevision === "number")
                        object.expectedRevision = options.longs === $String ? $String(message.expectedRevision) : message.expectedRevision;
                    else
                        object.expectedRevision = options.longs === $String ? $util.Long.prototype.toString.call(message.expectedRevision) : options.longs === $Number ? new $util.LongBits(message.expectedRevision.low >>> 0, message.expectedRevision.high >>> 0).toNumber(true) : message.expectedRevision;
                return object;
            };

            /**
             * Converts this DeleteRequest to JSON.
             * @function toJSON
             * @memberof jetnet.v1.DeleteRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeleteRequest.prototype.toJSON = function() {
                return DeleteRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeleteRequest
             * @function getTypeUrl
             * @memberof jetnet.v1.DeleteRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.DeleteRequest";
            };

            return DeleteRequest;
        })();

        v1.DeleteReply = (function() {

            /**
             * Properties of a DeleteReply.
             * @typedef {Object} jetnet.v1.DeleteReply.$Properties
             * @property {number|null} [revision] The last revision of the object that was deleted.
             * @property {jetnet.v1.Error.$Properties|null} [error] DeleteReply error
             * @property {"revision"|"error"} [result] DeleteReply result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteReply.
             * @memberof jetnet.v1
             * @interface IDeleteReply
             * @augments jetnet.v1.DeleteReply.$Properties
             * @deprecated Use jetnet.v1.DeleteReply.$Properties instead.
             */

            /**
             * Narrowed shape of a DeleteReply.
             * @typedef {{
             *   revision?: number|null;
             *   error?: jetnet.v1.Error.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; revision?: null; error?: null }|{ result?: "revision"; revision: number; error?: null }|{ result?: "error"; revision?: null; error: jetnet.v1.Error.$Shape })
             * )} jetnet.v1.DeleteReply.$Shape
             */

            /**
             * Constructs a new DeleteReply.
             * @memberof jetnet.v1
             * @classdesc Represents a DeleteReply.
             * @constructor
             * @param {jetnet.v1.DeleteReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The last revision of the object that was deleted.
             * @member {number|null|undefined} revision
             * @memberof jetnet.v1.DeleteReply
             * @instance
             */
            DeleteReply.prototype.revision = null;

            /**
             * DeleteReply error.
             * @member {jetnet.v1.Error.$Properties|null|undefined} error
             * @memberof jetnet.v1.DeleteReply
             * @instance
             */
            DeleteReply.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * DeleteReply result.
             * @member {"revision"|"error"|undefined} result
             * @memberof jetnet.v1.DeleteReply
             * @instance
             */
            $Object.defineProperty(DeleteReply.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["revision", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new DeleteReply instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.DeleteReply
             * @static
             * @param {jetnet.v1.DeleteReply.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.DeleteReply} DeleteReply instance
             * @type {{
             *   (properties: jetnet.v1.DeleteReply.$Shape): jetnet.v1.DeleteReply & jetnet.v1.DeleteReply.$Shape;
             *   (properties?: jetnet.v1.DeleteReply.$Properties): jetnet.v1.DeleteReply;
             * }}
             */
            DeleteReply.create = function(properties) {
                return new DeleteReply(properties);
            };

            /**
             * Encodes the specified DeleteReply message. Does not implicitly {@link jetnet.v1.DeleteReply.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.DeleteReply
             * @static
             * @param {jetnet.v1.DeleteReply.$Properties} message DeleteReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.revision);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.jetnet.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteReply message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.DeleteReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.DeleteReply & jetnet.v1.DeleteReply.$Shape} DeleteReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.DeleteReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.revision = reader.uint64();
                            message.result = "revision";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.jetnet.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.result = "error";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DeleteReply message.
             * @function verify
             * @memberof jetnet.v1.DeleteReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeleteReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision")) {
                    properties.result = 1;
                    if (!$util.isInteger(message.revision) && !(message.revision && $util.isInteger(message.revision.low) && $util.isInteger(message.revision.high)))
                        return "revision: integer|Long expected";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.jetnet.v1.Error.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a DeleteReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.DeleteReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.DeleteReply} DeleteReply
             */
            DeleteReply.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.DeleteReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.DeleteReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.DeleteReply();
                if (object.revision != null)
                    if ($util.Long)
                        message.revision = $util.Long.fromValue(object.revision, true);
                    else if (typeof object.revision === "string")
                        message.revision = $parseInt(object.revision, 10);
                    else if (typeof object.revision === "number")
                        message.revision = object.revision;
                    else if (typeof object.revision === "object")
                        message.revision = new $util.LongBits(object.revision.low >>> 0, object.revision.high >>> 0).toNumber(true);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".jetnet.v1.DeleteReply.error: object expected");
                    message.error = $root.jetnet.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a DeleteReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.DeleteReply
             * @static
             * @param {jetnet.v1.DeleteReply} message DeleteReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeleteReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision")) {
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.revision = typeof message.revision === "number" ? $BigInt(message.revision) : $util.Long.fromBits(message.revision.low >>> 0, message.revision.high >>> 0, true).toBigInt();
                    else if (typeof message.revision === "number")
                        object.revision = options.longs === $String ? $String(message.revision) : message.revision;
                    else
                        object.revision = options.longs === $String ? $util.Long.prototype.toString.call(message.revision) : options.longs === $Number ? new $util.LongBits(message.revision.low >>> 0, message.revision.high >>> 0).toNumber(true) : message.revision;
                    if (options.oneofs)
                        object.result = "revision";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.jetnet.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "error";
                }
                return object;
            };

            /**
             * Converts this DeleteReply to JSON.
             * @function toJSON
             * @memberof jetnet.v1.DeleteReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeleteReply.prototype.toJSON = function() {
                return DeleteReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeleteReply
             * @function getTypeUrl
             * @memberof jetnet.v1.DeleteReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.DeleteReply";
            };

            return DeleteReply;
        })();

        v1.BatchRequest = (function() {

            /**
             * Properties of a BatchRequest.
             * @typedef {Object} jetnet.v1.BatchRequest.$Properties
             * @property {Array.<jetnet.v1.BatchOp.$Properties>|null} [ops] BatchRequest ops
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BatchRequest.
             * @memberof jetnet.v1
             * @interface IBatchRequest
             * @augments jetnet.v1.BatchRequest.$Properties
             * @deprecated Use jetnet.v1.BatchRequest.$Properties instead.
             */

            /**
             * Shape of a BatchRequest.
             * @typedef {jetnet.v1.BatchRequest.$Properties} jetnet.v1.BatchRequest.$Shape
             */

            /**
             * Constructs a new BatchRequest.
             * @memberof jetnet.v1
             * @classdesc Several writes of one kind in one namespace, in one request (subject
             * jetnet.api.v1.<ns>.<kind>.batch): the SDK sends the writes that accumulate while its previous
             * one is in flight this way, so a busy client costs one request and one reply for many writes,
             * and an idle one no added wait. Each op is what its own request would be (its verb, "create",
             * "update" or "delete", and its body); the ops run as their own requests would, at once, except
             * that ops on one object run one after the other in the order given.
             * @constructor
             * @param {jetnet.v1.BatchRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BatchRequest = function (properties) {
                this.ops = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BatchRequest ops.
             * @member {Array.<jetnet.v1.BatchOp.$Properties>} ops
             * @memberof jetnet.v1.BatchRequest
             * @instance
             */
            BatchRequest.prototype.ops = $util.emptyArray;

            /**
             * Creates a new BatchRequest instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.BatchRequest
             * @static
             * @param {jetnet.v1.BatchRequest.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.BatchRequest} BatchRequest instance
             * @type {{
             *   (properties: jetnet.v1.BatchRequest.$Shape): jetnet.v1.BatchRequest & jetnet.v1.BatchRequest.$Shape;
             *   (properties?: jetnet.v1.BatchRequest.$Properties): jetnet.v1.BatchRequest;
             * }}
             */
            BatchRequest.create = function(properties) {
                return new BatchRequest(properties);
            };

            /**
             * Encodes the specified BatchRequest message. Does not implicitly {@link jetnet.v1.BatchRequest.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.BatchRequest
             * @static
             * @param {jetnet.v1.BatchRequest.$Properties} message BatchRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ops != null && message.ops.length)
                    for (let i = 0; i < message.ops.length; ++i)
                        $root.jetnet.v1.BatchOp.encode(message.ops[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BatchRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.BatchRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.BatchRequest & jetnet.v1.BatchRequest.$Shape} BatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.BatchRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ops && message.ops.length))
                                message.ops = [];
                            message.ops.push($root.jetnet.v1.BatchOp.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a BatchRequest message.
             * @function verify
             * @memberof jetnet.v1.BatchRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BatchRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.ops != null && $Object.hasOwnProperty.call(message, "ops")) {
                    if (!$Array.isArray(message.ops))
                        return "ops: array expected";
                    for (let i = 0; i < message.ops.length; ++i) {
                        let error = $root.jetnet.v1.BatchOp.verify(message.ops[i], _depth + 1);
                        if (error)
                            return "ops." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a BatchRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.BatchRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.BatchRequest} BatchRequest
             */
            BatchRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.BatchRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.BatchRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.BatchRequest();
                if (object.ops) {
                    if (!$Array.isArray(object.ops))
                        throw $TypeError(".jetnet.v1.BatchRequest.ops: array expected");
                    message.ops = $Array(object.ops.length);
                    for (let i = 0; i < object.ops.length; ++i) {
                        if (!$util.isObject(object.ops[i]))
                            throw $TypeError(".jetnet.v1.BatchRequest.ops: object expected");
                        message.ops[i] = $root.jetnet.v1.BatchOp.fromObject(object.ops[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a BatchRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.BatchRequest
             * @static
             * @param {jetnet.v1.BatchRequest} message BatchRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BatchRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.ops = [];
                if (message.ops && message.ops.length) {
                    object.ops = $Array(message.ops.length);
                    for (let j = 0; j < message.ops.length; ++j)
                        object.ops[j] = $root.jetnet.v1.BatchOp.toObject(message.ops[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this BatchRequest to JSON.
             * @function toJSON
             * @memberof jetnet.v1.BatchRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BatchRequest.prototype.toJSON = function() {
                return BatchRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BatchRequest
             * @function getTypeUrl
             * @memberof jetnet.v1.BatchRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BatchRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.BatchRequest";
            };

            return BatchRequest;
        })();

        v1.BatchOp = (function() {

            /**
             * Properties of a BatchOp.
             * @typedef {Object} jetnet.v1.BatchOp.$Properties
             * @property {string|null} [verb] BatchOp verb
             * @property {Uint8Array|null} [body] BatchOp body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BatchOp.
             * @memberof jetnet.v1
             * @interface IBatchOp
             * @augments jetnet.v1.BatchOp.$Properties
             * @deprecated Use jetnet.v1.BatchOp.$Properties instead.
             */

            /**
             * Shape of a BatchOp.
             * @typedef {jetnet.v1.BatchOp.$Properties} jetnet.v1.BatchOp.$Shape
             */

            /**
             * Constructs a new BatchOp.
             * @memberof jetnet.v1
             * @classdesc Represents a BatchOp.
             * @constructor
             * @param {jetnet.v1.BatchOp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BatchOp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BatchOp verb.
             * @member {string} verb
             * @memberof jetnet.v1.BatchOp
             * @instance
             */
            BatchOp.prototype.verb = "";

            /**
             * BatchOp body.
             * @member {Uint8Array} body
             * @memberof jetnet.v1.BatchOp
             * @instance
             */
            BatchOp.prototype.body = $util.newBuffer([]);

            /**
             * Creates a new BatchOp instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.BatchOp
             * @static
             * @param {jetnet.v1.BatchOp.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.BatchOp} BatchOp instance
             * @type {{
             *   (properties: jetnet.v1.BatchOp.$Shape): jetnet.v1.BatchOp & jetnet.v1.BatchOp.$Shape;
             *   (properties?: jetnet.v1.BatchOp.$Properties): jetnet.v1.BatchOp;
             * }}
             */
            BatchOp.create = function(properties) {
                return new BatchOp(properties);
            };

            /**
             * Encodes the specified BatchOp message. Does not implicitly {@link jetnet.v1.BatchOp.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.BatchOp
             * @static
             * @param {jetnet.v1.BatchOp.$Properties} message BatchOp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchOp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.verb != null && $Object.hasOwnProperty.call(message, "verb") && message.verb !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.verb);
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.body);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BatchOp message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.BatchOp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.BatchOp & jetnet.v1.BatchOp.$Shape} BatchOp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchOp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.BatchOp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.verb = value;
                            else
                                delete message.verb;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a BatchOp message.
             * @function verify
             * @memberof jetnet.v1.BatchOp
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BatchOp.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.verb != null && $Object.hasOwnProperty.call(message, "verb"))
                    if (!$util.isString(message.verb))
                        return "verb: string expected";
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                        return "body: buffer expected";
                return null;
            };

            /**
             * Creates a BatchOp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.BatchOp
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.BatchOp} BatchOp
             */
            BatchOp.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.BatchOp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.BatchOp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.BatchOp();
                if (object.verb != null)
                    if (typeof object.verb !== "string" || object.verb.length)
                        message.verb = $String(object.verb);
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                return message;
            };

            /**
             * Creates a plain object from a BatchOp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.BatchOp
             * @static
             * @param {jetnet.v1.BatchOp} message BatchOp
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BatchOp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.verb = "";
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                }
                if (message.verb != null && $Object.hasOwnProperty.call(message, "verb"))
                    object.verb = message.verb;
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                return object;
            };

            /**
             * Converts this BatchOp to JSON.
             * @function toJSON
             * @memberof jetnet.v1.BatchOp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BatchOp.prototype.toJSON = function() {
                return BatchOp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BatchOp
             * @function getTypeUrl
             * @memberof jetnet.v1.BatchOp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BatchOp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.BatchOp";
            };

            return BatchOp;
        })();

        v1.BatchReply = (function() {

            /**
             * Properties of a BatchReply.
             * @typedef {Object} jetnet.v1.BatchReply.$Properties
             * @property {Array.<Uint8Array>|null} [replies] BatchReply replies
             * @property {jetnet.v1.Error.$Properties|null} [error] BatchReply error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BatchReply.
             * @memberof jetnet.v1
             * @interface IBatchReply
             * @augments jetnet.v1.BatchReply.$Properties
             * @deprecated Use jetnet.v1.BatchReply.$Properties instead.
             */

            /**
             * Shape of a BatchReply.
             * @typedef {jetnet.v1.BatchReply.$Properties} jetnet.v1.BatchReply.$Shape
             */

            /**
             * Constructs a new BatchReply.
             * @memberof jetnet.v1
             * @classdesc One reply per op, in order, each what the op's own request would have had (an
             * AttachmentReply, SubnetReply or DeleteReply, with its error if it failed); or the error of the
             * batch as a whole (a malformed batch), with no replies.
             * @constructor
             * @param {jetnet.v1.BatchReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BatchReply = function (properties) {
                this.replies = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BatchReply replies.
             * @member {Array.<Uint8Array>} replies
             * @memberof jetnet.v1.BatchReply
             * @instance
             */
            BatchReply.prototype.replies = $util.emptyArray;

            /**
             * BatchReply error.
             * @member {jetnet.v1.Error.$Properties|null|undefined} error
             * @memberof jetnet.v1.BatchReply
             * @instance
             */
            BatchReply.prototype.error = null;

            /**
             * Creates a new BatchReply instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.BatchReply
             * @static
             * @param {jetnet.v1.BatchReply.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.BatchReply} BatchReply instance
             * @type {{
             *   (properties: jetnet.v1.BatchReply.$Shape): jetnet.v1.BatchReply & jetnet.v1.BatchReply.$Shape;
             *   (properties?: jetnet.v1.BatchReply.$Properties): jetnet.v1.BatchReply;
             * }}
             */
            BatchReply.create = function(properties) {
                return new BatchReply(properties);
            };

            /**
             * Encodes the specified BatchReply message. Does not implicitly {@link jetnet.v1.BatchReply.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.BatchReply
             * @static
             * @param {jetnet.v1.BatchReply.$Properties} message BatchReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.replies != null && message.replies.length)
                    for (let i = 0; i < message.replies.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.replies[i]);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.jetnet.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BatchReply message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.BatchReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.BatchReply & jetnet.v1.BatchReply.$Shape} BatchReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.BatchReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.replies && message.replies.length))
                                message.replies = [];
                            message.replies.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.jetnet.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a BatchReply message.
             * @function verify
             * @memberof jetnet.v1.BatchReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BatchReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.replies != null && $Object.hasOwnProperty.call(message, "replies")) {
                    if (!$Array.isArray(message.replies))
                        return "replies: array expected";
                    for (let i = 0; i < message.replies.length; ++i)
                        if (!(message.replies[i] && typeof message.replies[i].length === "number" || $util.isString(message.replies[i])))
                            return "replies: buffer[] expected";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.jetnet.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                return null;
            };

            /**
             * Creates a BatchReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.BatchReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.BatchReply} BatchReply
             */
            BatchReply.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.BatchReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.BatchReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.BatchReply();
                if (object.replies) {
                    if (!$Array.isArray(object.replies))
                        throw $TypeError(".jetnet.v1.BatchReply.replies: array expected");
                    message.replies = $Array(object.replies.length);
                    for (let i = 0; i < object.replies.length; ++i)
                        if (typeof object.replies[i] === "string")
                            $util.base64.decode(object.replies[i], message.replies[i] = $util.newBuffer($util.base64.length(object.replies[i])), 0);
                        else if (object.replies[i].length >= 0)
                            message.replies[i] = object.replies[i];
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".jetnet.v1.BatchReply.error: object expected");
                    message.error = $root.jetnet.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a BatchReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.BatchReply
             * @static
             * @param {jetnet.v1.BatchReply} message BatchReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BatchReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.replies = [];
                if (options.defaults)
                    object.error = null;
                if (message.replies && message.replies.length) {
                    object.replies = $Array(message.replies.length);
                    for (let j = 0; j < message.replies.length; ++j)
                        object.replies[j] = options.bytes === $String ? $util.base64.encode(message.replies[j], 0, message.replies[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.replies[j]) : message.replies[j];
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.jetnet.v1.Error.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this BatchReply to JSON.
             * @function toJSON
             * @memberof jetnet.v1.BatchReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BatchReply.prototype.toJSON = function() {
                return BatchReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BatchReply
             * @function getTypeUrl
             * @memberof jetnet.v1.BatchReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BatchReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.BatchReply";
            };

            return BatchReply;
        })();

        v1.ListRequest = (function() {

            /**
             * Properties of a ListRequest.
             * @typedef {Object} jetnet.v1.ListRequest.$Properties
             * @property {Object.<string,string>|null} [labelSelector] Only objects carrying all these labels; empty = all.
             * @property {number|null} [limit] At most this many objects in the reply; 0 = all of them in one reply (RESOURCE_EXHAUSTED if
             * they do not fit in one message).
             * @property {string|null} ["continue"] The continue token of the previous page; empty for the first page.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListRequest.
             * @memberof jetnet.v1
             * @interface IListRequest
             * @augments jetnet.v1.ListRequest.$Properties
             * @deprecated Use jetnet.v1.ListRequest.$Properties instead.
             */

            /**
             * Shape of a ListRequest.
             * @typedef {jetnet.v1.ListRequest.$Properties} jetnet.v1.ListRequest.$Shape
             */

            /**
             * Constructs a new ListRequest.
             * @memberof jetnet.v1
             * @classdesc Lists are paginated as Kubernetes does: a page holds at most `limit` objects (and never more
             * than one NATS message can carry), in key order, and ends with a continue token when more
             * follow. Every page of one list is consistent at the revision of its first page. The list
             * subject's namespace may be "_all": every namespace (for identities allowed to ask).
             * @constructor
             * @param {jetnet.v1.ListRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListRequest = function (properties) {
                this.labelSelector = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Only objects carrying all these labels; empty = all.
             * @member {Object.<string,string>} labelSelector
             * @memberof jetnet.v1.ListRequest
             * @instance
             */
            ListRequest.prototype.labelSelector = $util.emptyObject;

            /**
             * At most this many objects in the reply; 0 = all of them in one reply (RESOURCE_EXHAUSTED if
             * they do not fit in one message).
             * @member {number} limit
             * @memberof jetnet.v1.ListRequest
             * @instance
             */
            ListRequest.prototype.limit = 0;

            /**
             * The continue token of the previous page; empty for the first page.
             * @member {string} continue
             * @memberof jetnet.v1.ListRequest
             * @instance
             */
            ListRequest.prototype["continue"] = "";

            /**
             * Creates a new ListRequest instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.ListRequest
             * @static
             * @param {jetnet.v1.ListRequest.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.ListRequest} ListRequest instance
             * @type {{
             *   (properties: jetnet.v1.ListRequest.$Shape): jetnet.v1.ListRequest & jetnet.v1.ListRequest.$Shape;
             *   (properties?: jetnet.v1.ListRequest.$Properties): jetnet.v1.ListRequest;
             * }}
             */
            ListRequest.create = function(properties) {
                return new ListRequest(properties);
            };

            /**
             * Encodes the specified ListRequest message. Does not implicitly {@link jetnet.v1.ListRequest.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.ListRequest
             * @static
             * @param {jetnet.v1.ListRequest.$Properties} message ListRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector"))
                    for (let keys = $Object.keys(message.labelSelector), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labelSelector[keys[i]]).ldelim();
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
                if (message["continue"] != null && $Object.hasOwnProperty.call(message, "continue") && message["continue"] !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message["continue"]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.ListRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.ListRequest & jetnet.v1.ListRequest.$Shape} ListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.ListRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.labelSelector === $util.emptyObject)
                                message.labelSelector = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labelSelector, key);
                            message.labelSelector[key] = value;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message["continue"] = value;
                            else
                                delete message["continue"];
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ListRequest message.
             * @function verify
             * @memberof jetnet.v1.ListRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector")) {
                    if (!$util.isObject(message.labelSelector))
                        return "labelSelector: object expected";
                    let key = $Object.keys(message.labelSelector);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.labelSelector[key[i]]))
                            return "labelSelector: string{k:string} expected";
                }
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    if (!$util.isInteger(message.limit))
                        return "limit: integer expected";
                if (message["continue"] != null && $Object.hasOwnProperty.call(message, "continue"))
                    if (!$util.isString(message["continue"]))
                        return "continue: string expected";
                return null;
            };

            /**
             * Creates a ListRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.ListRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.ListRequest} ListRequest
             */
            ListRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.ListRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.ListRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.ListRequest();
                if (object.labelSelector) {
                    if (!$util.isObject(object.labelSelector))
                        throw $TypeError(".jetnet.v1.ListRequest.labelSelector: object expected");
                    message.labelSelector = {};
                    for (let keys = $Object.keys(object.labelSelector), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labelSelector, keys[i]);
                        message.labelSelector[keys[i]] = $String(object.labelSelector[keys[i]]);
                    }
                }
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                if (object["continue"] != null)
                    if (typeof object["continue"] !== "string" || object["continue"].length)
                        message["continue"] = $String(object["continue"]);
                return message;
            };

            /**
             * Creates a plain object from a ListRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.ListRequest
             * @static
             * @param {jetnet.v1.ListRequest} message ListRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.labelSelector = {};
                if (options.defaults) {
                    object.limit = 0;
                    object["continue"] = "";
                }
                let keys2;
                if (message.labelSelector && (keys2 = $Object.keys(message.labelSelector)).length) {
                    object.labelSelector = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labelSelector, keys2[j]);
                        object.labelSelector[keys2[j]] = message.labelSelector[keys2[j]];
                    }
                }
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                if (message["continue"] != null && $Object.hasOwnProperty.call(message, "continue"))
                    object["continue"] = message["continue"];
                return object;
            };

            /**
             * Converts this ListRequest to JSON.
             * @function toJSON
             * @memberof jetnet.v1.ListRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListRequest.prototype.toJSON = function() {
                return ListRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListRequest
             * @function getTypeUrl
             * @memberof jetnet.v1.ListRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.ListRequest";
            };

            return ListRequest;
        })();

        v1.CreateSubnetRequest = (function() {

            /**
             * Properties of a CreateSubnetRequest.
             * @typedef {Object} jetnet.v1.CreateSubnetRequest.$Properties
             * @property {jetnet.v1.Subnet.$Properties|null} [subnet] status is ignored; meta.uid, create time and generation are set by the server.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateSubnetRequest.
             * @memberof jetnet.v1
             * @interface ICreateSubnetRequest
             * @augments jetnet.v1.CreateSubnetRequest.$Properties
             * @deprecated Use jetnet.v1.CreateSubnetRequest.$Properties instead.
             */

            /**
             * Shape of a CreateSubnetRequest.
             * @typedef {jetnet.v1.CreateSubnetRequest.$Properties} jetnet.v1.CreateSubnetRequest.$Shape
             */

            /**
             * Constructs a new CreateSubnetRequest.
             * @memberof jetnet.v1
             * @classdesc Represents a CreateSubnetRequest.
             * @constructor
             * @param {jetnet.v1.CreateSubnetRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateSubnetRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * status is ignored; meta.uid, create time and generation are set by the server.
             * @member {jetnet.v1.Subnet.$Properties|null|undefined} subnet
             * @memberof jetnet.v1.CreateSubnetRequest
             * @instance
             */
            CreateSubnetRequest.prototype.subnet = null;

            /**
             * Creates a new CreateSubnetRequest instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.CreateSubnetRequest
             * @static
             * @param {jetnet.v1.CreateSubnetRequest.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.CreateSubnetRequest} CreateSubnetRequest instance
             * @type {{
             *   (properties: jetnet.v1.CreateSubnetRequest.$Shape): jetnet.v1.CreateSubnetRequest & jetnet.v1.CreateSubnetRequest.$Shape;
             *   (properties?: jetnet.v1.CreateSubnetRequest.$Properties): jetnet.v1.CreateSubnetRequest;
             * }}
             */
            CreateSubnetRequest.create = function(properties) {
                return new CreateSubnetRequest(properties);
            };

            /**
             * Encodes the specified CreateSubnetRequest message. Does not implicitly {@link jetnet.v1.CreateSubnetRequest.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.CreateSubnetRequest
             * @static
             * @param {jetnet.v1.CreateSubnetRequest.$Properties} message CreateSubnetRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateSubnetRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet"))
                    $root.jetnet.v1.Subnet.encode(message.subnet, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreateSubnetRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.CreateSubnetRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.CreateSubnetRequest & jetnet.v1.CreateSubnetRequest.$Shape} CreateSubnetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateSubnetRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.CreateSubnetRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.subnet = $root.jetnet.v1.Subnet.decode(reader, reader.size(), $undefined, _depth + 1, message.subnet);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CreateSubnetRequest message.
             * @function verify
             * @memberof jetnet.v1.CreateSubnetRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CreateSubnetRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet")) {
                    let error = $root.jetnet.v1.Subnet.verify(message.subnet, _depth + 1);
                    if (error)
                        return "subnet." + error;
                }
                return null;
            };

            /**
             * Creates a CreateSubnetRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.CreateSubnetRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.CreateSubnetRequest} CreateSubnetRequest
             */
            CreateSubnetRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.CreateSubnetRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.CreateSubnetRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.CreateSubnetRequest();
                if (object.subnet != null) {
                    if (!$util.isObject(object.subnet))
                        throw $TypeError(".jetnet.v1.CreateSubnetRequest.subnet: object expected");
                    message.subnet = $root.jetnet.v1.Subnet.fromObject(object.subnet, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a CreateSubnetRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.CreateSubnetRequest
             * @static
             * @param {jetnet.v1.CreateSubnetRequest} message CreateSubnetRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CreateSubnetRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.subnet = null;
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet"))
                    object.subnet = $root.jetnet.v1.Subnet.toObject(message.subnet, options, _depth + 1);
                return object;
            };

            /**
             * Converts this CreateSubnetRequest to JSON.
             * @function toJSON
             * @memberof jetnet.v1.CreateSubnetRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CreateSubnetRequest.prototype.toJSON = function() {
                return CreateSubnetRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CreateSubnetRequest
             * @function getTypeUrl
             * @memberof jetnet.v1.CreateSubnetRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreateSubnetRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.CreateSubnetRequest";
            };

            return CreateSubnetRequest;
        })();

        v1.UpdateSubnetRequest = (function() {

            /**
             * Properties of an UpdateSubnetRequest.
             * @typedef {Object} jetnet.v1.UpdateSubnetRequest.$Properties
             * @property {jetnet.v1.Subnet.$Properties|null} [subnet] Only spec and meta.labels are taken; spec.vni and spec.cidr must be unchanged.
             * @property {number|null} [expectedRevision] The object's revision must equal this (compare-and-swap).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateSubnetRequest.
             * @memberof jetnet.v1
             * @interface IUpdateSubnetRequest
             * @augments jetnet.v1.UpdateSubnetRequest.$Properties
             * @deprecated Use jetnet.v1.UpdateSubnetRequest.$Properties instead.
             */

            /**
             * Shape of an UpdateSubnetRequest.
             * @typedef {jetnet.v1.UpdateSubnetRequest.$Properties} jetnet.v1.UpdateSubnetRequest.$Shape
             */

            /**
             * Constructs a new UpdateSubnetRequest.
             * @memberof jetnet.v1
             * @classdesc Represents an UpdateSubnetRequest.
             * @constructor
             * @param {jetnet.v1.UpdateSubnetRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateSubnetRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Only spec and meta.labels are taken; spec.vni and spec.cidr must be unchanged.
             * @member {jetnet.v1.Subnet.$Properties|null|undefined} subnet
             * @memberof jetnet.v1.UpdateSubnetRequest
             * @instance
             */
            UpdateSubnetRequest.prototype.subnet = null;

            /**
             * The object's revision must equal this (compare-and-swap).
             * @member {number} expectedRevision
             * @memberof jetnet.v1.UpdateSubnetRequest
             * @instance
             */
            UpdateSubnetRequest.prototype.expectedRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new UpdateSubnetRequest instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.UpdateSubnetRequest
             * @static
             * @param {jetnet.v1.UpdateSubnetRequest.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.UpdateSubnetRequest} UpdateSubnetRequest instance
             * @type {{
             *   (properties: jetnet.v1.UpdateSubnetRequest.$Shape): jetnet.v1.UpdateSubnetRequest & jetnet.v1.UpdateSubnetRequest.$Shape;
             *   (properties?: jetnet.v1.UpdateSubnetRequest.$Properties): jetnet.v1.UpdateSubnetRequest;
             * }}
             */
            UpdateSubnetRequest.create = function(properties) {
                return new UpdateSubnetRequest(properties);
            };

            /**
             * Encodes the specified UpdateSubnetRequest message. Does not implicitly {@link jetnet.v1.UpdateSubnetRequest.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.UpdateSubnetRequest
             * @static
             * @param {jetnet.v1.UpdateSubnetRequest.$Properties} message UpdateSubnetRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateSubnetRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet"))
                    $root.jetnet.v1.Subnet.encode(message.subnet, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.expectedRevision != null && $Object.hasOwnProperty.call(message, "expectedRevision") && (typeof message.expectedRevision === "object" ? message.expectedRevision.low || message.expectedRevision.high : message.expectedRevision !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.expectedRevision);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateSubnetRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.UpdateSubnetRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.UpdateSubnetRequest & jetnet.v1.UpdateSubnetRequest.$Shape} UpdateSubnetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateSubnetRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.UpdateSubnetRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.subnet = $root.jetnet.v1.Subnet.decode(reader, reader.size(), $undefined, _depth + 1, message.subnet);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expectedRevision = value;
                            else
                                delete message.expectedRevision;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an UpdateSubnetRequest message.
             * @function verify
             * @memberof jetnet.v1.UpdateSubnetRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UpdateSubnetRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet")) {
                    let error = $root.jetnet.v1.Subnet.verify(message.subnet, _depth + 1);
                    if (error)
                        return "subnet." + error;
                }
                if (message.expectedRevision != null && $Object.hasOwnProperty.call(message, "expectedRevision"))
                    if (!$util.isInteger(message.expectedRevision) && !(message.expectedRevision && $util.isInteger(message.expectedRevision.low) && $util.isInteger(message.expectedRevision.high)))
                        return "expectedRevision: integer|Long expected";
                return null;
            };

            /**
             * Creates an UpdateSubnetRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.UpdateSubnetRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.UpdateSubnetRequest} UpdateSubnetRequest
             */
            UpdateSubnetRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.UpdateSubnetRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.UpdateSubnetRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.UpdateSubnetRequest();
                if (object.subnet != null) {
                    if (!$util.isObject(object.subnet))
                        throw $TypeError(".jetnet.v1.UpdateSubnetRequest.subnet: object expected");
                    message.subnet = $root.jetnet.v1.Subnet.fromObject(object.subnet, _depth + 1);
                }
                if (object.expectedRevision != null)
                    if (typeof object.expectedRevision === "object" ? object.expectedRevision.low || object.expectedRevision.high : $Number(object.expectedRevision) !== 0)
                        if ($util.Long)
                            message.expectedRevision = $util.Long.fromValue(object.expectedRevision, true);
                        else if (typeof object.expectedRevision === "string")
                            message.expectedRevision = $parseInt(object.expectedRevision, 10);
                        else if (typeof object.expectedRevision === "number")
                            message.expectedRevision = object.expectedRevision;
                        else if (typeof object.expectedRevision === "object")
                            message.expectedRevision = new $util.LongBits(object.expectedRevision.low >>> 0, object.expectedRevision.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an UpdateSubnetRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.UpdateSubnetRequest
             * @static
             * @param {jetnet.v1.UpdateSubnetRequest} message UpdateSubnetRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UpdateSubnetRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.subnet = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.expectedRevision = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expectedRevision = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet"))
                    object.subnet = $root.jetnet.v1.Subnet.toObject(message.subnet, options, _depth + 1);
                if (message.expectedRevision != null && $Object.hasOwnProperty.call(message, "expectedRevision"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expectedRevision = typeof message.expectedRevision === "number" ? $BigInt(message.expectedRevision) : $util.Long.fromBits(message.expectedRevision.low >>> 0, message.expectedRevision.high >>> 0, true).toBigInt();
                    else if (typeof message.expectedRevision === "number")
                        object.expectedRevision = options.longs === $String ? $String(message.expectedRevision) : message.expectedRevision;
                    else
                        object.expectedRevision = options.longs === $String ? $util.Long.prototype.toString.call(message.expectedRevision) : options.longs === $Number ? new $util.LongBits(message.expectedRevision.low >>> 0, message.expectedRevision.high >>> 0).toNumber(true) : message.expectedRevision;
                return object;
            };

            /**
             * Converts this UpdateSubnetRequest to JSON.
             * @function toJSON
             * @memberof jetnet.v1.UpdateSubnetRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UpdateSubnetRequest.prototype.toJSON = function() {
                return UpdateSubnetRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UpdateSubnetRequest
             * @function getTypeUrl
             * @memberof jetnet.v1.UpdateSubnetRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateSubnetRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.UpdateSubnetRequest";
            };

            return UpdateSubnetRequest;
        })();

        v1.VersionedSubnet = (function() {

            /**
             * Properties of a VersionedSubnet.
             * @typedef {Object} jetnet.v1.VersionedSubnet.$Properties
             * @property {jetnet.v1.Subnet.$Properties|null} [subnet] VersionedSubnet subnet
             * @property {number|null} [revision] VersionedSubnet revision
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VersionedSubnet.
             * @memberof jetnet.v1
             * @interface IVersionedSubnet
             * @augments jetnet.v1.VersionedSubnet.$Properties
             * @deprecated Use jetnet.v1.VersionedSubnet.$Properties instead.
             */

            /**
             * Shape of a VersionedSubnet.
             * @typedef {jetnet.v1.VersionedSubnet.$Properties} jetnet.v1.VersionedSubnet.$Shape
             */

            /**
             * Constructs a new VersionedSubnet.
             * @memberof jetnet.v1
             * @classdesc A subnet with the KV revision it was read or written at.
             * @constructor
             * @param {jetnet.v1.VersionedSubnet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VersionedSubnet = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VersionedSubnet subnet.
             * @member {jetnet.v1.Subnet.$Properties|null|undefined} subnet
             * @memberof jetnet.v1.VersionedSubnet
             * @instance
             */
            VersionedSubnet.prototype.subnet = null;

            /**
             * VersionedSubnet revision.
             * @member {number} revision
             * @memberof jetnet.v1.VersionedSubnet
             * @instance
             */
            VersionedSubnet.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new VersionedSubnet instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.VersionedSubnet
             * @static
             * @param {jetnet.v1.VersionedSubnet.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.VersionedSubnet} VersionedSubnet instance
             * @type {{
             *   (properties: jetnet.v1.VersionedSubnet.$Shape): jetnet.v1.VersionedSubnet & jetnet.v1.VersionedSubnet.$Shape;
             *   (properties?: jetnet.v1.VersionedSubnet.$Properties): jetnet.v1.VersionedSubnet;
             * }}
             */
            VersionedSubnet.create = function(properties) {
                return new VersionedSubnet(properties);
            };

            /**
             * Encodes the specified VersionedSubnet message. Does not implicitly {@link jetnet.v1.VersionedSubnet.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.VersionedSubnet
             * @static
             * @param {jetnet.v1.VersionedSubnet.$Properties} message VersionedSubnet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VersionedSubnet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet"))
                    $root.jetnet.v1.Subnet.encode(message.subnet, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.revision);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VersionedSubnet message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.VersionedSubnet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.VersionedSubnet & jetnet.v1.VersionedSubnet.$Shape} VersionedSubnet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VersionedSubnet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.VersionedSubnet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.subnet = $root.jetnet.v1.Subnet.decode(reader, reader.size(), $undefined, _depth + 1, message.subnet);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.revision = value;
                            else
                                delete message.revision;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a VersionedSubnet message.
             * @function verify
             * @memberof jetnet.v1.VersionedSubnet
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VersionedSubnet.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet")) {
                    let error = $root.jetnet.v1.Subnet.verify(message.subnet, _depth + 1);
                    if (error)
                        return "subnet." + error;
                }
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (!$util.isInteger(message.revision) && !(message.revision && $util.isInteger(message.revision.low) && $util.isInteger(message.revision.high)))
                        return "revision: integer|Long expected";
                return null;
            };

            /**
             * Creates a VersionedSubnet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.VersionedSubnet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.VersionedSubnet} VersionedSubnet
             */
            VersionedSubnet.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.VersionedSubnet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.VersionedSubnet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.VersionedSubnet();
                if (object.subnet != null) {
                    if (!$util.isObject(object.subnet))
                        throw $TypeError(".jetnet.v1.VersionedSubnet.subnet: object expected");
                    message.subnet = $root.jetnet.v1.Subnet.fromObject(object.subnet, _depth + 1);
                }
                if (object.revision != null)
                    if (typeof object.revision === "object" ? object.revision.low || object.revision.high : $Number(object.revision) !== 0)
                        if ($util.Long)
                            message.revision = $util.Long.fromValue(object.revision, true);
                        else if (typeof object.revision === "string")
                            message.revision = $parseInt(object.revision, 10);
                        else if (typeof object.revision === "number")
                            message.revision = object.revision;
                        else if (typeof object.revision === "object")
                            message.revision = new $util.LongBits(object.revision.low >>> 0, object.revision.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a VersionedSubnet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.VersionedSubnet
             * @static
             * @param {jetnet.v1.VersionedSubnet} message VersionedSubnet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VersionedSubnet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.subnet = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.revision = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.revision = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet"))
                    object.subnet = $root.jetnet.v1.Subnet.toObject(message.subnet, options, _depth + 1);
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.revision = typeof message.revision === "number" ? $BigInt(message.revision) : $util.Long.fromBits(message.revision.low >>> 0, message.revision.high >>> 0, true).toBigInt();
                    else if (typeof message.revision === "number")
                        object.revision = options.longs === $String ? $String(message.revision) : message.revision;
                    else
                        object.revision = options.longs === $String ? $util.Long.prototype.toString.call(message.revision) : options.longs === $Number ? new $util.LongBits(message.revision.low >>> 0, message.revision.high >>> 0).toNumber(true) : message.revision;
                return object;
            };

            /**
             * Converts this VersionedSubnet to JSON.
             * @function toJSON
             * @memberof jetnet.v1.VersionedSubnet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VersionedSubnet.prototype.toJSON = function() {
                return VersionedSubnet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VersionedSubnet
             * @function getTypeUrl
             * @memberof jetnet.v1.VersionedSubnet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VersionedSubnet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.VersionedSubnet";
            };

            return VersionedSubnet;
        })();

        v1.SubnetReply = (function() {

            /**
             * Properties of a SubnetReply.
             * @typedef {Object} jetnet.v1.SubnetReply.$Properties
             * @property {jetnet.v1.VersionedSubnet.$Properties|null} [subnet] SubnetReply subnet
             * @property {jetnet.v1.Error.$Properties|null} [error] SubnetReply error
             * @property {"subnet"|"error"} [result] SubnetReply result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubnetReply.
             * @memberof jetnet.v1
             * @interface ISubnetReply
             * @augments jetnet.v1.SubnetReply.$Properties
             * @deprecated Use jetnet.v1.SubnetReply.$Properties instead.
             */

            /**
             * Narrowed shape of a SubnetReply.
             * @typedef {{
             *   subnet?: jetnet.v1.VersionedSubnet.$Shape|null;
             *   error?: jetnet.v1.Error.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; subnet?: null; error?: null }|{ result?: "subnet"; subnet: jetnet.v1.VersionedSubnet.$Shape; error?: null }|{ result?: "error"; subnet?: null; error: jetnet.v1.Error.$Shape })
             * )} jetnet.v1.SubnetReply.$Shape
             */

            /**
             * Constructs a new SubnetReply.
             * @memberof jetnet.v1
             * @classdesc Represents a SubnetReply.
             * @constructor
             * @param {jetnet.v1.SubnetReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubnetReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubnetReply subnet.
             * @member {jetnet.v1.VersionedSubnet.$Properties|null|undefined} subnet
             * @memberof jetnet.v1.SubnetReply
             * @instance
             */
            SubnetReply.prototype.subnet = null;

            /**
             * SubnetReply error.
             * @member {jetnet.v1.Error.$Properties|null|undefined} error
             * @memberof jetnet.v1.SubnetReply
             * @instance
             */
            SubnetReply.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * SubnetReply result.
             * @member {"subnet"|"error"|undefined} result
             * @memberof jetnet.v1.SubnetReply
             * @instance
             */
            $Object.defineProperty(SubnetReply.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["subnet", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SubnetReply instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.SubnetReply
             * @static
             * @param {jetnet.v1.SubnetReply.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.SubnetReply} SubnetReply instance
             * @type {{
             *   (properties: jetnet.v1.SubnetReply.$Shape): jetnet.v1.SubnetReply & jetnet.v1.SubnetReply.$Shape;
             *   (properties?: jetnet.v1.SubnetReply.$Properties): jetnet.v1.SubnetReply;
             * }}
             */
            SubnetReply.create = function(properties) {
                return new SubnetReply(properties);
            };

            /**
             * Encodes the specified SubnetReply message. Does not implicitly {@link jetnet.v1.SubnetReply.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.SubnetReply
             * @static
             * @param {jetnet.v1.SubnetReply.$Properties} message SubnetReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubnetReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet"))
                    $root.jetnet.v1.VersionedSubnet.encode(message.subnet, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.jetnet.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SubnetReply message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.SubnetReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.SubnetReply & jetnet.v1.SubnetReply.$Shape} SubnetReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubnetReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.SubnetReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.subnet = $root.jetnet.v1.VersionedSubnet.decode(reader, reader.size(), $undefined, _depth + 1, message.subnet);
                            message.result = "subnet";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.jetnet.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.result = "error";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SubnetReply message.
             * @function verify
             * @memberof jetnet.v1.SubnetReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubnetReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet")) {
                    properties.result = 1;
                    {
                        let error = $root.jetnet.v1.VersionedSubnet.verify(message.subnet, _depth + 1);
                        if (error)
                            return "subnet." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.jetnet.v1.Error.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a SubnetReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.SubnetReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.SubnetReply} SubnetReply
             */
            SubnetReply.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.SubnetReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.SubnetReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.SubnetReply();
                if (object.subnet != null) {
                    if (!$util.isObject(object.subnet))
                        throw $TypeError(".jetnet.v1.SubnetReply.subnet: object expected");
                    message.subnet = $root.jetnet.v1.VersionedSubnet.fromObject(object.subnet, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".jetnet.v1.SubnetReply.error: object expected");
                    message.error = $root.jetnet.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SubnetReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.SubnetReply
             * @static
             * @param {jetnet.v1.SubnetReply} message SubnetReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubnetReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet")) {
                    object.subnet = $root.jetnet.v1.VersionedSubnet.toObject(message.subnet, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "subnet";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.jetnet.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "error";
                }
                return object;
            };

            /**
             * Converts this SubnetReply to JSON.
             * @function toJSON
             * @memberof jetnet.v1.SubnetReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubnetReply.prototype.toJSON = function() {
                return SubnetReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubnetReply
             * @function getTypeUrl
             * @memberof jetnet.v1.SubnetReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubnetReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.SubnetReply";
            };

            return SubnetReply;
        })();

        v1.SubnetList = (function() {

            /**
             * Properties of a SubnetList.
             * @typedef {Object} jetnet.v1.SubnetList.$Properties
             * @property {Array.<jetnet.v1.VersionedSubnet.$Properties>|null} [items] SubnetList items
             * @property {number|null} [revision] The bucket revision the list is consistent at; a watch resumes from here.
             * @property {string|null} ["continue"] Non-empty when more objects follow: send it back in ListRequest.continue for the next page.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubnetList.
             * @memberof jetnet.v1
             * @interface ISubnetList
             * @augments jetnet.v1.SubnetList.$Properties
             * @deprecated Use jetnet.v1.SubnetList.$Properties instead.
             */

            /**
             * Shape of a SubnetList.
             * @typedef {jetnet.v1.SubnetList.$Properties} jetnet.v1.SubnetList.$Shape
             */

            /**
             * Constructs a new SubnetList.
             * @memberof jetnet.v1
             * @classdesc Represents a SubnetList.
             * @constructor
             * @param {jetnet.v1.SubnetList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubnetList = function (properties) {
                this.items = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubnetList items.
             * @member {Array.<jetnet.v1.VersionedSubnet.$Properties>} items
             * @memberof jetnet.v1.SubnetList
             * @instance
             */
            SubnetList.prototype.items = $util.emptyArray;

            /**
             * The bucket revision the list is consistent at; a watch resumes from here.
             * @member {number} revision
             * @memberof jetnet.v1.SubnetList
             * @instance
             */
            SubnetList.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Non-empty when more objects follow: send it back in ListRequest.continue for the next page.
             * @member {string} continue
             * @memberof jetnet.v1.SubnetList
             * @instance
             */
            SubnetList.prototype["continue"] = "";

            /**
             * Creates a new SubnetList instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.SubnetList
             * @static
             * @param {jetnet.v1.SubnetList.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.SubnetList} SubnetList instance
             * @type {{
             *   (properties: jetnet.v1.SubnetList.$Shape): jetnet.v1.SubnetList & jetnet.v1.SubnetList.$Shape;
             *   (properties?: jetnet.v1.SubnetList.$Properties): jetnet.v1.SubnetList;
             * }}
             */
            SubnetList.create = function(properties) {
                return new SubnetList(properties);
            };

            /**
             * Encodes the specified SubnetList message. Does not implicitly {@link jetnet.v1.SubnetList.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.SubnetList
             * @static
             * @param {jetnet.v1.SubnetList.$Properties} message SubnetList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubnetList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.items != null && message.items.length)
                    for (let i = 0; i < message.items.length; ++i)
                        $root.jetnet.v1.VersionedSubnet.encode(message.items[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.revision);
                if (message["continue"] != null && $Object.hasOwnProperty.call(message, "continue") && message["continue"] !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message["continue"]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SubnetList message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.SubnetList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.SubnetList & jetnet.v1.SubnetList.$Shape} SubnetList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubnetList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.SubnetList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push($root.jetnet.v1.VersionedSubnet.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.revision = value;
                            else
                                delete message.revision;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message["continue"] = value;
                            else
                                delete message["continue"];
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SubnetList message.
             * @function verify
             * @memberof jetnet.v1.SubnetList
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubnetList.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.items != null && $Object.hasOwnProperty.call(message, "items")) {
                    if (!$Array.isArray(message.items))
                        return "items: array expected";
                    for (let i = 0; i < message.items.length; ++i) {
                        let error = $root.jetnet.v1.VersionedSubnet.verify(message.items[i], _depth + 1);
                        if (error)
                            return "items." + error;
                    }
                }
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (!$util.isInteger(message.revision) && !(message.revision && $util.isInteger(message.revision.low) && $util.isInteger(message.revision.high)))
                        return "revision: integer|Long expected";
                if (message["continue"] != null && $Object.hasOwnProperty.call(message, "continue"))
                    if (!$util.isString(message["continue"]))
                        return "continue: string expected";
                return null;
            };

            /**
             * Creates a SubnetList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.SubnetList
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.SubnetList} SubnetList
             */
            SubnetList.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.SubnetList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.SubnetList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.SubnetList();
                if (object.items) {
                    if (!$Array.isArray(object.items))
                        throw $TypeError(".jetnet.v1.SubnetList.items: array expected");
                    message.items = $Array(object.items.length);
                    for (let i = 0; i < object.items.length; ++i) {
                        if (!$util.isObject(object.items[i]))
                            throw $TypeError(".jetnet.v1.SubnetList.items: object expected");
                        message.items[i] = $root.jetnet.v1.VersionedSubnet.fromObject(object.items[i], _depth + 1);
                    }
                }
                if (object.revision != null)
                    if (typeof object.revision === "object" ? object.revision.low || object.revision.high : $Number(object.revision) !== 0)
                        if ($util.Long)
                            message.revision = $util.Long.fromValue(object.revision, true);
                        else if (typeof object.revision === "string")
                            message.revision = $parseInt(object.revision, 10);
                        else if (typeof object.revision === "number")
                            message.revision = object.revision;
                        else if (typeof object.revision === "object")
                            message.revision = new $util.LongBits(object.revision.low >>> 0, object.revision.high >>> 0).toNumber(true);
                if (object["continue"] != null)
                    if (typeof object["continue"] !== "string" || object["continue"].length)
                        message["continue"] = $String(object["continue"]);
                return message;
            };

            /**
             * Creates a plain object from a SubnetList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.SubnetList
             * @static
             * @param {jetnet.v1.SubnetList} message SubnetList
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubnetList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.items = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.revision = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.revision = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object["continue"] = "";
                }
                if (message.items && message.items.length) {
                    object.items = $Array(message.items.length);
                    for (let j = 0; j < message.items.length; ++j)
                        object.items[j] = $root.jetnet.v1.VersionedSubnet.toObject(message.items[j], options, _depth + 1);
                }
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.revision = typeof message.revision === "number" ? $BigInt(message.revision) : $util.Long.fromBits(message.revision.low >>> 0, message.revision.high >>> 0, true).toBigInt();
                    else if (typeof message.revision === "number")
                        object.revision = options.longs === $String ? $String(message.revision) : message.revision;
                    else
                        object.revision = options.longs === $String ? $util.Long.prototype.toString.call(message.revision) : options.longs === $Number ? new $util.LongBits(message.revision.low >>> 0, message.revision.high >>> 0).toNumber(true) : message.revision;
                if (message["continue"] != null && $Object.hasOwnProperty.call(message, "continue"))
                    object["continue"] = message["continue"];
                return object;
            };

            /**
             * Converts this SubnetList to JSON.
             * @function toJSON
             * @memberof jetnet.v1.SubnetList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubnetList.prototype.toJSON = function() {
                return SubnetList.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubnetList
             * @function getTypeUrl
             * @memberof jetnet.v1.SubnetList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubnetList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.SubnetList";
            };

            return SubnetList;
        })();

        v1.SubnetListReply = (function() {

            /**
             * Properties of a SubnetListReply.
             * @typedef {Object} jetnet.v1.SubnetListReply.$Properties
             * @property {jetnet.v1.SubnetList.$Properties|null} [list] SubnetListReply list
             * @property {jetnet.v1.Error.$Properties|null} [error] SubnetListReply error
             * @property {"list"|"error"} [result] SubnetListReply result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubnetListReply.
             * @memberof jetnet.v1
             * @interface ISubnetListReply
             * @augments jetnet.v1.SubnetListReply.$Properties
             * @deprecated Use jetnet.v1.SubnetListReply.$Properties instead.
             */

            /**
             * Narrowed shape of a SubnetListReply.
             * @typedef {{
             *   list?: jetnet.v1.SubnetList.$Shape|null;
             *   error?: jetnet.v1.Error.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; list?: null; error?: null }|{ result?: "list"; list: jetnet.v1.SubnetList.$Shape; error?: null }|{ result?: "error"; list?: null; error: jetnet.v1.Error.$Shape })
             * )} jetnet.v1.SubnetListReply.$Shape
             */

            /**
             * Constructs a new SubnetListReply.
             * @memberof jetnet.v1
             * @classdesc Represents a SubnetListReply.
             * @constructor
             * @param {jetnet.v1.SubnetListReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubnetListReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubnetListReply list.
             * @member {jetnet.v1.SubnetList.$Properties|null|undefined} list
             * @memberof jetnet.v1.SubnetListReply
             * @instance
             */
            SubnetListReply.prototype.list = null;

            /**
             * SubnetListReply error.
             * @member {jetnet.v1.Error.$Properties|null|undefined} error
             * @memberof jetnet.v1.SubnetListReply
             * @instance
             */
            SubnetListReply.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * SubnetListReply result.
             * @member {"list"|"error"|undefined} result
             * @memberof jetnet.v1.SubnetListReply
             * @instance
             */
            $Object.defineProperty(SubnetListReply.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["list", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SubnetListReply instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.SubnetListReply
             * @static
             * @param {jetnet.v1.SubnetListReply.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.SubnetListReply} SubnetListReply instance
             * @type {{
             *   (properties: jetnet.v1.SubnetListReply.$Shape): jetnet.v1.SubnetListReply & jetnet.v1.SubnetListReply.$Shape;
             *   (properties?: jetnet.v1.SubnetListReply.$Properties): jetnet.v1.SubnetListReply;
             * }}
             */
            SubnetListReply.create = function(properties) {
                return new SubnetListReply(properties);
            };

            /**
             * Encodes the specified SubnetListReply message. Does not implicitly {@link jetnet.v1.SubnetListReply.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.SubnetListReply
             * @static
             * @param {jetnet.v1.SubnetListReply.$Properties} message SubnetListReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubnetListReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.list != null && $Object.hasOwnProperty.call(message, "list"))
                    $root.jetnet.v1.SubnetList.encode(message.list, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.jetnet.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SubnetListReply message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.SubnetListReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.SubnetListReply & jetnet.v1.SubnetListReply.$Shape} SubnetListReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubnetListReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.SubnetListReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.list = $root.jetnet.v1.SubnetList.decode(reader, reader.size(), $undefined, _depth + 1, message.list);
                            message.result = "list";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.jetnet.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.result = "error";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SubnetListReply message.
             * @function verify
             * @memberof jetnet.v1.SubnetListReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubnetListReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.list != null && $Object.hasOwnProperty.call(message, "list")) {
                    properties.result = 1;
                    {
                        let error = $root.jetnet.v1.SubnetList.verify(message.list, _depth + 1);
                        if (error)
                            return "list." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.jetnet.v1.Error.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a SubnetListReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.SubnetListReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.SubnetListReply} SubnetListReply
             */
            SubnetListReply.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.SubnetListReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.SubnetListReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.SubnetListReply();
                if (object.list != null) {
                    if (!$util.isObject(object.list))
                        throw $TypeError(".jetnet.v1.SubnetListReply.list: object expected");
                    message.list = $root.jetnet.v1.SubnetList.fromObject(object.list, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".jetnet.v1.SubnetListReply.error: object expected");
                    message.error = $root.jetnet.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SubnetListReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.SubnetListReply
             * @static
             * @param {jetnet.v1.SubnetListReply} message SubnetListReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubnetListReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.list != null && $Object.hasOwnProperty.call(message, "list")) {
                    object.list = $root.jetnet.v1.SubnetList.toObject(message.list, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "list";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.jetnet.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "error";
                }
                return object;
            };

            /**
             * Converts this SubnetListReply to JSON.
             * @function toJSON
             * @memberof jetnet.v1.SubnetListReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubnetListReply.prototype.toJSON = function() {
                return SubnetListReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubnetListReply
             * @function getTypeUrl
             * @memberof jetnet.v1.SubnetListReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubnetListReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.SubnetListReply";
            };

            return SubnetListReply;
        })();

        v1.CreateAttachmentRequest = (function() {

            /**
             * Properties of a CreateAttachmentRequest.
             * @typedef {Object} jetnet.v1.CreateAttachmentRequest.$Properties
             * @property {jetnet.v1.NetworkAttachment.$Properties|null} [attachment] status is ignored; meta.uid, create time and generation are set by the server.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateAttachmentRequest.
             * @memberof jetnet.v1
             * @interface ICreateAttachmentRequest
             * @augments jetnet.v1.CreateAttachmentRequest.$Properties
             * @deprecated Use jetnet.v1.CreateAttachmentRequest.$Properties instead.
             */

            /**
             * Shape of a CreateAttachmentRequest.
             * @typedef {jetnet.v1.CreateAttachmentRequest.$Properties} jetnet.v1.CreateAttachmentRequest.$Shape
             */

            /**
             * Constructs a new CreateAttachmentRequest.
             * @memberof jetnet.v1
             * @classdesc Represents a CreateAttachmentRequest.
             * @constructor
             * @param {jetnet.v1.CreateAttachmentRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateAttachmentRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * status is ignored; meta.uid, create time and generation are set by the server.
             * @member {jetnet.v1.NetworkAttachment.$Properties|null|undefined} attachment
             * @memberof jetnet.v1.CreateAttachmentRequest
             * @instance
             */
            CreateAttachmentRequest.prototype.attachment = null;

            /**
             * Creates a new CreateAttachmentRequest instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.CreateAttachmentRequest
             * @static
             * @param {jetnet.v1.CreateAttachmentRequest.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.CreateAttachmentRequest} CreateAttachmentRequest instance
             * @type {{
             *   (properties: jetnet.v1.CreateAttachmentRequest.$Shape): jetnet.v1.CreateAttachmentRequest & jetnet.v1.CreateAttachmentRequest.$Shape;
             *   (properties?: jetnet.v1.CreateAttachmentRequest.$Properties): jetnet.v1.CreateAttachmentRequest;
             * }}
             */
            CreateAttachmentRequest.create = function(properties) {
                return new CreateAttachmentRequest(properties);
            };

            /**
             * Encodes the specified CreateAttachmentRequest message. Does not implicitly {@link jetnet.v1.CreateAttachmentRequest.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.CreateAttachmentRequest
             * @static
             * @param {jetnet.v1.CreateAttachmentRequest.$Properties} message CreateAttachmentRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateAttachmentRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment"))
                    $root.jetnet.v1.NetworkAttachment.encode(message.attachment, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreateAttachmentRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.CreateAttachmentRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.CreateAttachmentRequest & jetnet.v1.CreateAttachmentRequest.$Shape} CreateAttachmentRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateAttachmentRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.CreateAttachmentRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.attachment = $root.jetnet.v1.NetworkAttachment.decode(reader, reader.size(), $undefined, _depth + 1, message.attachment);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CreateAttachmentRequest message.
             * @function verify
             * @memberof jetnet.v1.CreateAttachmentRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CreateAttachmentRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment")) {
                    let error = $root.jetnet.v1.NetworkAttachment.verify(message.attachment, _depth + 1);
                    if (error)
                        return "attachment." + error;
                }
                return null;
            };

            /**
             * Creates a CreateAttachmentRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.CreateAttachmentRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.CreateAttachmentRequest} CreateAttachmentRequest
             */
            CreateAttachmentRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.CreateAttachmentRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.CreateAttachmentRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.CreateAttachmentRequest();
                if (object.attachment != null) {
                    if (!$util.isObject(object.attachment))
                        throw $TypeError(".jetnet.v1.CreateAttachmentRequest.attachment: object expected");
                    message.attachment = $root.jetnet.v1.NetworkAttachment.fromObject(object.attachment, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a CreateAttachmentRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.CreateAttachmentRequest
             * @static
             * @param {jetnet.v1.CreateAttachmentRequest} message CreateAttachmentRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CreateAttachmentRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.attachment = null;
                if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment"))
                    object.attachment = $root.jetnet.v1.NetworkAttachment.toObject(message.attachment, options, _depth + 1);
                return object;
            };

            /**
             * Converts this CreateAttachmentRequest to JSON.
             * @function toJSON
             * @memberof jetnet.v1.CreateAttachmentRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CreateAttachmentRequest.prototype.toJSON = function() {
                return CreateAttachmentRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CreateAttachmentRequest
             * @function getTypeUrl
             * @memberof jetnet.v1.CreateAttachmentRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreateAttachmentRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.CreateAttachmentRequest";
            };

            return CreateAttachmentRequest;
        })();

        v1.UpdateAttachmentRequest = (function() {

            /**
             * Properties of an UpdateAttachmentRequest.
             * @typedef {Object} jetnet.v1.UpdateAttachmentRequest.$Properties
             * @property {jetnet.v1.NetworkAttachment.$Properties|null} [attachment] Only spec and meta.labels are taken; spec.node, subnet, ip and post_create_exec must be
             * unchanged.
             * @property {number|null} [expectedRevision] The object's revision must equal this (compare-and-swap).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateAttachmentRequest.
             * @memberof jetnet.v1
             * @interface IUpdateAttachmentRequest
             * @augments jetnet.v1.UpdateAttachmentRequest.$Properties
             * @deprecated Use jetnet.v1.UpdateAttachmentRequest.$Properties instead.
             */

            /**
             * Shape of an UpdateAttachmentRequest.
             * @typedef {jetnet.v1.UpdateAttachmentRequest.$Properties} jetnet.v1.UpdateAttachmentRequest.$Shape
             */

            /**
             * Constructs a new UpdateAttachmentRequest.
             * @memberof jetnet.v1
             * @classdesc Represents an UpdateAttachmentRequest.
             * @constructor
             * @param {jetnet.v1.UpdateAttachmentRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateAttachmentRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Only spec and meta.labels are taken; spec.node, subnet, ip and post_create_exec must be
             * unchanged.
             * @member {jetnet.v1.NetworkAttachment.$Properties|null|undefined} attachment
             * @memberof jetnet.v1.UpdateAttachmentRequest
             * @instance
             */
            UpdateAttachmentRequest.prototype.attachment = null;

            /**
             * The object's revision must equal this (compare-and-swap).
             * @member {number} expectedRevision
             * @memberof jetnet.v1.UpdateAttachmentRequest
             * @instance
             */
            UpdateAttachmentRequest.prototype.expectedRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new UpdateAttachmentRequest instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.UpdateAttachmentRequest
             * @static
             * @param {jetnet.v1.UpdateAttachmentRequest.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.UpdateAttachmentRequest} UpdateAttachmentRequest instance
             * @type {{
             *   (properties: jetnet.v1.UpdateAttachmentRequest.$Shape): jetnet.v1.UpdateAttachmentRequest & jetnet.v1.UpdateAttachmentRequest.$Shape;
             *   (properties?: jetnet.v1.UpdateAttachmentRequest.$Properties): jetnet.v1.UpdateAttachmentRequest;
             * }}
             */
            UpdateAttachmentRequest.create = function(properties) {
                return new UpdateAttachmentRequest(properties);
            };

            /**
             * Encodes the specified UpdateAttachmentRequest message. Does not implicitly {@link jetnet.v1.UpdateAttachmentRequest.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.UpdateAttachmentRequest
             * @static
             * @param {jetnet.v1.UpdateAttachmentRequest.$Properties} message UpdateAttachmentRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateAttachmentRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment"))
                    $root.jetnet.v1.NetworkAttachment.encode(message.attachment, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.expectedRevision != null && $Object.hasOwnProperty.call(message, "expectedRevision") && (typeof message.expectedRevision === "object" ? message.expectedRevision.low || message.expectedRevision.high : message.expectedRevision !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.expectedRevision);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateAttachmentRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.UpdateAttachmentRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.UpdateAttachmentRequest & jetnet.v1.UpdateAttachmentRequest.$Shape} UpdateAttachmentRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateAttachmentRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.UpdateAttachmentRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.attachment = $root.jetnet.v1.NetworkAttachment.decode(reader, reader.size(), $undefined, _depth + 1, message.attachment);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expectedRevision = value;
                            else
                                delete message.expectedRevision;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an UpdateAttachmentRequest message.
             * @function verify
             * @memberof jetnet.v1.UpdateAttachmentRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UpdateAttachmentRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment")) {
                    let error = $root.jetnet.v1.NetworkAttachment.verify(message.attachment, _depth + 1);
                    if (error)
                        return "attachment." + error;
                }
                if (message.expectedRevision != null && $Object.hasOwnProperty.call(message, "expectedRevision"))
                    if (!$util.isInteger(message.expectedRevision) && !(message.expectedRevision && $util.isInteger(message.expectedRevision.low) && $util.isInteger(message.expectedRevision.high)))
                        return "expectedRevision: integer|Long expected";
                return null;
            };

            /**
             * Creates an UpdateAttachmentRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.UpdateAttachmentRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.UpdateAttachmentRequest} UpdateAttachmentRequest
             */
            UpdateAttachmentRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.UpdateAttachmentRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.UpdateAttachmentRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.UpdateAttachmentRequest();
                if (object.attachment != null) {
                    if (!$util.isObject(object.attachment))
                        throw $TypeError(".jetnet.v1.UpdateAttachmentRequest.attachment: object expected");
                    message.attachment = $root.jetnet.v1.NetworkAttachment.fromObject(object.attachment, _depth + 1);
                }
                if (object.expectedRevision != null)
                    if (typeof object.expectedRevision === "object" ? object.expectedRevision.low || object.expectedRevision.high : $Number(object.expectedRevision) !== 0)
                        if ($util.Long)
                            message.expectedRevision = $util.Long.fromValue(object.expectedRevision, true);
                        else if (typeof object.expectedRevision === "string")
                            message.expectedRevision = $parseInt(object.expectedRevision, 10);
                        else if (typeof object.expectedRevision === "number")
                            message.expectedRevision = object.expectedRevision;
                        else if (typeof object.expectedRevision === "object")
                            message.expectedRevision = new $util.LongBits(object.expectedRevision.low >>> 0, object.expectedRevision.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an UpdateAttachmentRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.UpdateAttachmentRequest
             * @static
             * @param {jetnet.v1.UpdateAttachmentRequest} message UpdateAttachmentRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UpdateAttachmentRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.attachment = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.expectedRevision = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expectedRevision = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment"))
                    object.attachment = $root.jetnet.v1.NetworkAttachment.toObject(message.attachment, options, _depth + 1);
                if (message.expectedRevision != null && $Object.hasOwnProperty.call(message, "expectedRevision"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expectedRevision = typeof message.expectedRevision === "number" ? $BigInt(message.expectedRevision) : $util.Long.fromBits(message.expectedRevision.low >>> 0, message.expectedRevision.high >>> 0, true).toBigInt();
                    else if (typeof message.expectedRevision === "number")
                        object.expectedRevision = options.longs === $String ? $String(message.expectedRevision) : message.expectedRevision;
                    else
                        object.expectedRevision = options.longs === $String ? $util.Long.prototype.toString.call(message.expectedRevision) : options.longs === $Number ? new $util.LongBits(message.expectedRevision.low >>> 0, message.expectedRevision.high >>> 0).toNumber(true) : message.expectedRevision;
                return object;
            };

            /**
             * Converts this UpdateAttachmentRequest to JSON.
             * @function toJSON
             * @memberof jetnet.v1.UpdateAttachmentRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UpdateAttachmentRequest.prototype.toJSON = function() {
                return UpdateAttachmentRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UpdateAttachmentRequest
             * @function getTypeUrl
             * @memberof jetnet.v1.UpdateAttachmentRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateAttachmentRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.UpdateAttachmentRequest";
            };

            return UpdateAttachmentRequest;
        })();

        v1.VersionedAttachment = (function() {

            /**
             * Properties of a VersionedAttachment.
             * @typedef {Object} jetnet.v1.VersionedAttachment.$Properties
             * @property {jetnet.v1.NetworkAttachment.$Properties|null} [attachment] VersionedAttachment attachment
             * @property {number|null} [revision] VersionedAttachment revision
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VersionedAttachment.
             * @memberof jetnet.v1
             * @interface IVersionedAttachment
             * @augments jetnet.v1.VersionedAttachment.$Properties
             * @deprecated Use jetnet.v1.VersionedAttachment.$Properties instead.
             */

            /**
             * Shape of a VersionedAttachment.
             * @typedef {jetnet.v1.VersionedAttachment.$Properties} jetnet.v1.VersionedAttachment.$Shape
             */

            /**
             * Constructs a new VersionedAttachment.
             * @memberof jetnet.v1
             * @classdesc An attachment with the KV revision it was read or written at.
             * @constructor
             * @param {jetnet.v1.VersionedAttachment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VersionedAttachment = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VersionedAttachment attachment.
             * @member {jetnet.v1.NetworkAttachment.$Properties|null|undefined} attachment
             * @memberof jetnet.v1.VersionedAttachment
             * @instance
             */
            VersionedAttachment.prototype.attachment = null;

            /**
             * VersionedAttachment revision.
             * @member {number} revision
             * @memberof jetnet.v1.VersionedAttachment
             * @instance
             */
            VersionedAttachment.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new VersionedAttachment instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.VersionedAttachment
             * @static
             * @param {jetnet.v1.VersionedAttachment.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.VersionedAttachment} VersionedAttachment instance
             * @type {{
             *   (properties: jetnet.v1.VersionedAttachment.$Shape): jetnet.v1.VersionedAttachment & jetnet.v1.VersionedAttachment.$Shape;
             *   (properties?: jetnet.v1.VersionedAttachment.$Properties): jetnet.v1.VersionedAttachment;
             * }}
             */
            VersionedAttachment.create = function(properties) {
                return new VersionedAttachment(properties);
            };

            /**
             * Encodes the specified VersionedAttachment message. Does not implicitly {@link jetnet.v1.VersionedAttachment.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.VersionedAttachment
             * @static
             * @param {jetnet.v1.VersionedAttachment.$Properties} message VersionedAttachment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VersionedAttachment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment"))
                    $root.jetnet.v1.NetworkAttachment.encode(message.attachment, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.revision);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VersionedAttachment message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.VersionedAttachment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.VersionedAttachment & jetnet.v1.VersionedAttachment.$Shape} VersionedAttachment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VersionedAttachment.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.VersionedAttachment();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.attachment = $root.jetnet.v1.NetworkAttachment.decode(reader, reader.size(), $undefined, _depth + 1, message.attachment);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.revision = value;
                            else
                                delete message.revision;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a VersionedAttachment message.
             * @function verify
             * @memberof jetnet.v1.VersionedAttachment
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VersionedAttachment.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment")) {
                    let error = $root.jetnet.v1.NetworkAttachment.verify(message.attachment, _depth + 1);
                    if (error)
                        return "attachment." + error;
                }
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (!$util.isInteger(message.revision) && !(message.revision && $util.isInteger(message.revision.low) && $util.isInteger(message.revision.high)))
                        return "revision: integer|Long expected";
                return null;
            };

            /**
             * Creates a VersionedAttachment message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.VersionedAttachment
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.VersionedAttachment} VersionedAttachment
             */
            VersionedAttachment.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.VersionedAttachment)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.VersionedAttachment: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.VersionedAttachment();
                if (object.attachment != null) {
                    if (!$util.isObject(object.attachment))
                        throw $TypeError(".jetnet.v1.VersionedAttachment.attachment: object expected");
                    message.attachment = $root.jetnet.v1.NetworkAttachment.fromObject(object.attachment, _depth + 1);
                }
                if (object.revision != null)
                    if (typeof object.revision === "object" ? object.revision.low || object.revision.high : $Number(object.revision) !== 0)
                        if ($util.Long)
                            message.revision = $util.Long.fromValue(object.revision, true);
                        else if (typeof object.revision === "string")
                            message.revision = $parseInt(object.revision, 10);
                        else if (typeof object.revision === "number")
                            message.revision = object.revision;
                        else if (typeof object.revision === "object")
                            message.revision = new $util.LongBits(object.revision.low >>> 0, object.revision.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a VersionedAttachment message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.VersionedAttachment
             * @static
             * @param {jetnet.v1.VersionedAttachment} message VersionedAttachment
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VersionedAttachment.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.attachment = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.revision = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.revision = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment"))
                    object.attachment = $root.jetnet.v1.NetworkAttachment.toObject(message.attachment, options, _depth + 1);
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.revision = typeof message.revision === "number" ? $BigInt(message.revision) : $util.Long.fromBits(message.revision.low >>> 0, message.revision.high >>> 0, true).toBigInt();
                    else if (typeof message.revision === "number")
                        object.revision = options.longs === $String ? $String(message.revision) : message.revision;
                    else
                        object.revision = options.longs === $String ? $util.Long.prototype.toString.call(message.revision) : options.longs === $Number ? new $util.LongBits(message.revision.low >>> 0, message.revision.high >>> 0).toNumber(true) : message.revision;
                return object;
            };

            /**
             * Converts this VersionedAttachment to JSON.
             * @function toJSON
             * @memberof jetnet.v1.VersionedAttachment
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VersionedAttachment.prototype.toJSON = function() {
                return VersionedAttachment.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VersionedAttachment
             * @function getTypeUrl
             * @memberof jetnet.v1.VersionedAttachment
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VersionedAttachment.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.VersionedAttachment";
            };

            return VersionedAttachment;
        })();

        v1.AttachmentReply = (function() {

            /**
             * Properties of an AttachmentReply.
             * @typedef {Object} jetnet.v1.AttachmentReply.$Properties
             * @property {jetnet.v1.VersionedAttachment.$Properties|null} [attachment] AttachmentReply attachment
             * @property {jetnet.v1.Error.$Properties|null} [error] AttachmentReply error
             * @property {"attachment"|"error"} [result] AttachmentReply result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AttachmentReply.
             * @memberof jetnet.v1
             * @interface IAttachmentReply
             * @augments jetnet.v1.AttachmentReply.$Properties
             * @deprecated Use jetnet.v1.AttachmentReply.$Properties instead.
             */

            /**
             * Narrowed shape of an AttachmentReply.
             * @typedef {{
             *   attachment?: jetnet.v1.VersionedAttachment.$Shape|null;
             *   error?: jetnet.v1.Error.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; attachment?: null; error?: null }|{ result?: "attachment"; attachment: jetnet.v1.VersionedAttachment.$Shape; error?: null }|{ result?: "error"; attachment?: null; error: jetnet.v1.Error.$Shape })
             * )} jetnet.v1.AttachmentReply.$Shape
             */

            /**
             * Constructs a new AttachmentReply.
             * @memberof jetnet.v1
             * @classdesc Represents an AttachmentReply.
             * @constructor
             * @param {jetnet.v1.AttachmentReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AttachmentReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AttachmentReply attachment.
             * @member {jetnet.v1.VersionedAttachment.$Properties|null|undefined} attachment
             * @memberof jetnet.v1.AttachmentReply
             * @instance
             */
            AttachmentReply.prototype.attachment = null;

            /**
             * AttachmentReply error.
             * @member {jetnet.v1.Error.$Properties|null|undefined} error
             * @memberof jetnet.v1.AttachmentReply
             * @instance
             */
            AttachmentReply.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * AttachmentReply result.
             * @member {"attachment"|"error"|undefined} result
             * @memberof jetnet.v1.AttachmentReply
             * @instance
             */
            $Object.defineProperty(AttachmentReply.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["attachment", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new AttachmentReply instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.AttachmentReply
             * @static
             * @param {jetnet.v1.AttachmentReply.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.AttachmentReply} AttachmentReply instance
             * @type {{
             *   (properties: jetnet.v1.AttachmentReply.$Shape): jetnet.v1.AttachmentReply & jetnet.v1.AttachmentReply.$Shape;
             *   (properties?: jetnet.v1.AttachmentReply.$Properties): jetnet.v1.AttachmentReply;
             * }}
             */
            AttachmentReply.create = function(properties) {
                return new AttachmentReply(properties);
            };

            /**
             * Encodes the specified AttachmentReply message. Does not implicitly {@link jetnet.v1.AttachmentReply.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.AttachmentReply
             * @static
             * @param {jetnet.v1.AttachmentReply.$Properties} message AttachmentReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AttachmentReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment"))
                    $root.jetnet.v1.VersionedAttachment.encode(message.attachment, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.jetnet.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AttachmentReply message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.AttachmentReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.AttachmentReply & jetnet.v1.AttachmentReply.$Shape} AttachmentReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AttachmentReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.AttachmentReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.attachment = $root.jetnet.v1.VersionedAttachment.decode(reader, reader.size(), $undefined, _depth + 1, message.attachment);
                            message.result = "attachment";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.jetnet.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.result = "error";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AttachmentReply message.
             * @function verify
             * @memberof jetnet.v1.AttachmentReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AttachmentReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment")) {
                    properties.result = 1;
                    {
                        let error = $root.jetnet.v1.VersionedAttachment.verify(message.attachment, _depth + 1);
                        if (error)
                            return "attachment." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.jetnet.v1.Error.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an AttachmentReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.AttachmentReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.AttachmentReply} AttachmentReply
             */
            AttachmentReply.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.AttachmentReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.AttachmentReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.AttachmentReply();
                if (object.attachment != null) {
                    if (!$util.isObject(object.attachment))
                        throw $TypeError(".jetnet.v1.AttachmentReply.attachment: object expected");
                    message.attachment = $root.jetnet.v1.VersionedAttachment.fromObject(object.attachment, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".jetnet.v1.AttachmentReply.error: object expected");
                    message.error = $root.jetnet.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an AttachmentReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.AttachmentReply
             * @static
             * @param {jetnet.v1.AttachmentReply} message AttachmentReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AttachmentReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment")) {
                    object.attachment = $root.jetnet.v1.VersionedAttachment.toObject(message.attachment, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "attachment";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.jetnet.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "error";
                }
                return object;
            };

            /**
             * Converts this AttachmentReply to JSON.
             * @function toJSON
             * @memberof jetnet.v1.AttachmentReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AttachmentReply.prototype.toJSON = function() {
                return AttachmentReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AttachmentReply
             * @function getTypeUrl
             * @memberof jetnet.v1.AttachmentReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AttachmentReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.AttachmentReply";
            };

            return AttachmentReply;
        })();

        v1.AttachmentList = (function() {

            /**
             * Properties of an AttachmentList.
             * @typedef {Object} jetnet.v1.AttachmentList.$Properties
             * @property {Array.<jetnet.v1.VersionedAttachment.$Properties>|null} [items] AttachmentList items
             * @property {number|null} [revision] The bucket revision the list is consistent at; a watch resumes from here.
             * @property {string|null} ["continue"] Non-empty when more objects follow: send it back in ListRequest.continue for the next page.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AttachmentList.
             * @memberof jetnet.v1
             * @interface IAttachmentList
             * @augments jetnet.v1.AttachmentList.$Properties
             * @deprecated Use jetnet.v1.AttachmentList.$Properties instead.
             */

            /**
             * Shape of an AttachmentList.
             * @typedef {jetnet.v1.AttachmentList.$Properties} jetnet.v1.AttachmentList.$Shape
             */

            /**
             * Constructs a new AttachmentList.
             * @memberof jetnet.v1
             * @classdesc Represents an AttachmentList.
             * @constructor
             * @param {jetnet.v1.AttachmentList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AttachmentList = function (properties) {
                this.items = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AttachmentList items.
             * @member {Array.<jetnet.v1.VersionedAttachment.$Properties>} items
             * @memberof jetnet.v1.AttachmentList
             * @instance
             */
            AttachmentList.prototype.items = $util.emptyArray;

            /**
             * The bucket revision the list is consistent at; a watch resumes from here.
             * @member {number} revision
             * @memberof jetnet.v1.AttachmentList
             * @instance
             */
            AttachmentList.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Non-empty when more objects follow: send it back in ListRequest.continue for the next page.
             * @member {string} continue
             * @memberof jetnet.v1.AttachmentList
             * @instance
             */
            AttachmentList.prototype["continue"] = "";

            /**
             * Creates a new AttachmentList instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.AttachmentList
             * @static
             * @param {jetnet.v1.AttachmentList.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.AttachmentList} AttachmentList instance
             * @type {{
             *   (properties: jetnet.v1.AttachmentList.$Shape): jetnet.v1.AttachmentList & jetnet.v1.AttachmentList.$Shape;
             *   (properties?: jetnet.v1.AttachmentList.$Properties): jetnet.v1.AttachmentList;
             * }}
             */
            AttachmentList.create = function(properties) {
                return new AttachmentList(properties);
            };

            /**
             * Encodes the specified AttachmentList message. Does not implicitly {@link jetnet.v1.AttachmentList.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.AttachmentList
             * @static
             * @param {jetnet.v1.AttachmentList.$Properties} message AttachmentList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AttachmentList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.items != null && message.items.length)
                    for (let i = 0; i < message.items.length; ++i)
                        $root.jetnet.v1.VersionedAttachment.encode(message.items[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.revision);
                if (message["continue"] != null && $Object.hasOwnProperty.call(message, "continue") && message["continue"] !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message["continue"]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AttachmentList message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.AttachmentList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.AttachmentList & jetnet.v1.AttachmentList.$Shape} AttachmentList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AttachmentList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.AttachmentList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push($root.jetnet.v1.VersionedAttachment.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.revision = value;
                            else
                                delete message.revision;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message["continue"] = value;
                            else
                                delete message["continue"];
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AttachmentList message.
             * @function verify
             * @memberof jetnet.v1.AttachmentList
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AttachmentList.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.items != null && $Object.hasOwnProperty.call(message, "items")) {
                    if (!$Array.isArray(message.items))
                        return "items: array expected";
                    for (let i = 0; i < message.items.length; ++i) {
                        let error = $root.jetnet.v1.VersionedAttachment.verify(message.items[i], _depth + 1);
                        if (error)
                            return "items." + error;
                    }
                }
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (!$util.isInteger(message.revision) && !(message.revision && $util.isInteger(message.revision.low) && $util.isInteger(message.revision.high)))
                        return "revision: integer|Long expected";
                if (message["continue"] != null && $Object.hasOwnProperty.call(message, "continue"))
                    if (!$util.isString(message["continue"]))
                        return "continue: string expected";
                return null;
            };

            /**
             * Creates an AttachmentList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.AttachmentList
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.AttachmentList} AttachmentList
             */
            AttachmentList.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.AttachmentList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.AttachmentList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.AttachmentList();
                if (object.items) {
                    if (!$Array.isArray(object.items))
                        throw $TypeError(".jetnet.v1.AttachmentList.items: array expected");
                    message.items = $Array(object.items.length);
                    for (let i = 0; i < object.items.length; ++i) {
                        if (!$util.isObject(object.items[i]))
                            throw $TypeError(".jetnet.v1.AttachmentList.items: object expected");
                        message.items[i] = $root.jetnet.v1.VersionedAttachment.fromObject(object.items[i], _depth + 1);
                    }
                }
                if (object.revision != null)
                    if (typeof object.revision === "object" ? object.revision.low || object.revision.high : $Number(object.revision) !== 0)
                        if ($util.Long)
                            message.revision = $util.Long.fromValue(object.revision, true);
                        else if (typeof object.revision === "string")
                            message.revision = $parseInt(object.revision, 10);
                        else if (typeof object.revision === "number")
                            message.revision = object.revision;
                        else if (typeof object.revision === "object")
                            message.revision = new $util.LongBits(object.revision.low >>> 0, object.revision.high >>> 0).toNumber(true);
                if (object["continue"] != null)
                    if (typeof object["continue"] !== "string" || object["continue"].length)
                        message["continue"] = $String(object["continue"]);
                return message;
            };

            /**
             * Creates a plain object from an AttachmentList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.AttachmentList
             * @static
             * @param {jetnet.v1.AttachmentList} message AttachmentList
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AttachmentList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.items = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.revision = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.revision = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object["continue"] = "";
                }
                if (message.items && message.items.length) {
                    object.items = $Array(message.items.length);
                    for (let j = 0; j < message.items.length; ++j)
                        object.items[j] = $root.jetnet.v1.VersionedAttachment.toObject(message.items[j], options, _depth + 1);
                }
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.revision = typeof message.revision === "number" ? $BigInt(message.revision) : $util.Long.fromBits(message.revision.low >>> 0, message.revision.high >>> 0, true).toBigInt();
                    else if (typeof message.revision === "number")
                        object.revision = options.longs === $String ? $String(message.revision) : message.revision;
                    else
                        object.revision = options.longs === $String ? $util.Long.prototype.toString.call(message.revision) : options.longs === $Number ? new $util.LongBits(message.revision.low >>> 0, message.revision.high >>> 0).toNumber(true) : message.revision;
                if (message["continue"] != null && $Object.hasOwnProperty.call(message, "continue"))
                    object["continue"] = message["continue"];
                return object;
            };

            /**
             * Converts this AttachmentList to JSON.
             * @function toJSON
             * @memberof jetnet.v1.AttachmentList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AttachmentList.prototype.toJSON = function() {
                return AttachmentList.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AttachmentList
             * @function getTypeUrl
             * @memberof jetnet.v1.AttachmentList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AttachmentList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.AttachmentList";
            };

            return AttachmentList;
        })();

        v1.AttachmentListReply = (function() {

            /**
             * Properties of an AttachmentListReply.
             * @typedef {Object} jetnet.v1.AttachmentListReply.$Properties
             * @property {jetnet.v1.AttachmentList.$Properties|null} [list] AttachmentListReply list
             * @property {jetnet.v1.Error.$Properties|null} [error] AttachmentListReply error
             * @property {"list"|"error"} [result] AttachmentListReply result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AttachmentListReply.
             * @memberof jetnet.v1
             * @interface IAttachmentListReply
             * @augments jetnet.v1.AttachmentListReply.$Properties
             * @deprecated Use jetnet.v1.AttachmentListReply.$Properties instead.
             */

            /**
             * Narrowed shape of an AttachmentListReply.
             * @typedef {{
             *   list?: jetnet.v1.AttachmentList.$Shape|null;
             *   error?: jetnet.v1.Error.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; list?: null; error?: null }|{ result?: "list"; list: jetnet.v1.AttachmentList.$Shape; error?: null }|{ result?: "error"; list?: null; error: jetnet.v1.Error.$Shape })
             * )} jetnet.v1.AttachmentListReply.$Shape
             */

            /**
             * Constructs a new AttachmentListReply.
             * @memberof jetnet.v1
             * @classdesc Represents an AttachmentListReply.
             * @constructor
             * @param {jetnet.v1.AttachmentListReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AttachmentListReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AttachmentListReply list.
             * @member {jetnet.v1.AttachmentList.$Properties|null|undefined} list
             * @memberof jetnet.v1.AttachmentListReply
             * @instance
             */
            AttachmentListReply.prototype.list = null;

            /**
             * AttachmentListReply error.
             * @member {jetnet.v1.Error.$Properties|null|undefined} error
             * @memberof jetnet.v1.AttachmentListReply
             * @instance
             */
            AttachmentListReply.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * AttachmentListReply result.
             * @member {"list"|"error"|undefined} result
             * @memberof jetnet.v1.AttachmentListReply
             * @instance
             */
            $Object.defineProperty(AttachmentListReply.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["list", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new AttachmentListReply instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.AttachmentListReply
             * @static
             * @param {jetnet.v1.AttachmentListReply.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.AttachmentListReply} AttachmentListReply instance
             * @type {{
             *   (properties: jetnet.v1.AttachmentListReply.$Shape): jetnet.v1.AttachmentListReply & jetnet.v1.AttachmentListReply.$Shape;
             *   (properties?: jetnet.v1.AttachmentListReply.$Properties): jetnet.v1.AttachmentListReply;
             * }}
             */
            AttachmentListReply.create = function(properties) {
                return new AttachmentListReply(properties);
            };

            /**
             * Encodes the specified AttachmentListReply message. Does not implicitly {@link jetnet.v1.AttachmentListReply.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.AttachmentListReply
             * @static
             * @param {jetnet.v1.AttachmentListReply.$Properties} message AttachmentListReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AttachmentListReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.list != null && $Object.hasOwnProperty.call(message, "list"))
                    $root.jetnet.v1.AttachmentList.encode(message.list, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.jetnet.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AttachmentListReply message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.AttachmentListReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.AttachmentListReply & jetnet.v1.AttachmentListReply.$Shape} AttachmentListReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AttachmentListReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.AttachmentListReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.list = $root.jetnet.v1.AttachmentList.decode(reader, reader.size(), $undefined, _depth + 1, message.list);
                            message.result = "list";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.jetnet.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.result = "error";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AttachmentListReply message.
             * @function verify
             * @memberof jetnet.v1.AttachmentListReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AttachmentListReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.list != null && $Object.hasOwnProperty.call(message, "list")) {
                    properties.result = 1;
                    {
                        let error = $root.jetnet.v1.AttachmentList.verify(message.list, _depth + 1);
                        if (error)
                            return "list." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.jetnet.v1.Error.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an AttachmentListReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.AttachmentListReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.AttachmentListReply} AttachmentListReply
             */
            AttachmentListReply.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.AttachmentListReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.AttachmentListReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.AttachmentListReply();
                if (object.list != null) {
                    if (!$util.isObject(object.list))
                        throw $TypeError(".jetnet.v1.AttachmentListReply.list: object expected");
                    message.list = $root.jetnet.v1.AttachmentList.fromObject(object.list, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".jetnet.v1.AttachmentListReply.error: object expected");
                    message.error = $root.jetnet.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an AttachmentListReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.AttachmentListReply
             * @static
             * @param {jetnet.v1.AttachmentListReply} message AttachmentListReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AttachmentListReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.list != null && $Object.hasOwnProperty.call(message, "list")) {
                    object.list = $root.jetnet.v1.AttachmentList.toObject(message.list, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "list";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.jetnet.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "error";
                }
                return object;
            };

            /**
             * Converts this AttachmentListReply to JSON.
             * @function toJSON
             * @memberof jetnet.v1.AttachmentListReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AttachmentListReply.prototype.toJSON = function() {
                return AttachmentListReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AttachmentListReply
             * @function getTypeUrl
             * @memberof jetnet.v1.AttachmentListReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AttachmentListReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.AttachmentListReply";
            };

            return AttachmentListReply;
        })();

        v1.StatusReport = (function() {

            /**
             * Properties of a StatusReport.
             * @typedef {Object} jetnet.v1.StatusReport.$Properties
             * @property {string|null} [namespace] StatusReport namespace
             * @property {string|null} [name] StatusReport name
             * @property {string|null} [uid] Must match the attachment's uid, so a report about a deleted predecessor is dropped.
             * @property {string|null} [ifName] StatusReport ifName
             * @property {string|null} [mac] StatusReport mac
             * @property {string|null} [hostIp] StatusReport hostIp
             * @property {Array.<string>|null} [hostErrors] StatusReport hostErrors
             * @property {jetnet.v1.ExecReport.$Properties|null} [postCreateReport] StatusReport postCreateReport
             * @property {boolean|null} [implemented] false = the local interface is gone.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusReport.
             * @memberof jetnet.v1
             * @interface IStatusReport
             * @augments jetnet.v1.StatusReport.$Properties
             * @deprecated Use jetnet.v1.StatusReport.$Properties instead.
             */

            /**
             * Shape of a StatusReport.
             * @typedef {jetnet.v1.StatusReport.$Properties} jetnet.v1.StatusReport.$Shape
             */

            /**
             * Constructs a new StatusReport.
             * @memberof jetnet.v1
             * @classdesc Agent -> network: what the node has implemented for one of its attachments. network accepts
             * it only from the attachment's own node and writes it into status (impl and exec sections).
             * @constructor
             * @param {jetnet.v1.StatusReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusReport = function (properties) {
                this.hostErrors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StatusReport namespace.
             * @member {string} namespace
             * @memberof jetnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.namespace = "";

            /**
             * StatusReport name.
             * @member {string} name
             * @memberof jetnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.name = "";

            /**
             * Must match the attachment's uid, so a report about a deleted predecessor is dropped.
             * @member {string} uid
             * @memberof jetnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.uid = "";

            /**
             * StatusReport ifName.
             * @member {string} ifName
             * @memberof jetnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.ifName = "";

            /**
             * StatusReport mac.
             * @member {string} mac
             * @memberof jetnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.mac = "";

            /**
             * StatusReport hostIp.
             * @member {string} hostIp
             * @memberof jetnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.hostIp = "";

            /**
             * StatusReport hostErrors.
             * @member {Array.<string>} hostErrors
             * @memberof jetnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.hostErrors = $util.emptyArray;

            /**
             * StatusReport postCreateReport.
             * @member {jetnet.v1.ExecReport.$Properties|null|undefined} postCreateReport
             * @memberof jetnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.postCreateReport = null;

            /**
             * false = the local interface is gone.
             * @member {boolean} implemented
             * @memberof jetnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.implemented = false;

            /**
             * Creates a new StatusReport instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.StatusReport
             * @static
             * @param {jetnet.v1.StatusReport.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.StatusReport} StatusReport instance
             * @type {{
             *   (properties: jetnet.v1.StatusReport.$Shape): jetnet.v1.StatusReport & jetnet.v1.StatusReport.$Shape;
             *   (properties?: jetnet.v1.StatusReport.$Properties): jetnet.v1.StatusReport;
             * }}
             */
            StatusReport.create = function(properties) {
                return new StatusReport(properties);
            };

            /**
             * Encodes the specified StatusReport message. Does not implicitly {@link jetnet.v1.StatusReport.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.StatusReport
             * @static
             * @param {jetnet.v1.StatusReport.$Properties} message StatusReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.namespace);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.uid);
                if (message.ifName != null && $Object.hasOwnProperty.call(message, "ifName") && message.ifName !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.ifName);
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.mac);
                if (message.hostIp != null && $Object.hasOwnProperty.call(message, "hostIp") && message.hostIp !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.hostIp);
                if (message.hostErrors != null && message.hostErrors.length)
                    for (let i = 0; i < message.hostErrors.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.hostErrors[i]);
                if (message.postCreateReport != null && $Object.hasOwnProperty.call(message, "postCreateReport"))
                    $root.jetnet.v1.ExecReport.encode(message.postCreateReport, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.implemented != null && $Object.hasOwnProperty.call(message, "implemented") && message.implemented !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.implemented);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatusReport message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.StatusReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.StatusReport & jetnet.v1.StatusReport.$Shape} StatusReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.StatusReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ifName = value;
                            else
                                delete message.ifName;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mac = value;
                            else
                                delete message.mac;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostIp = value;
                            else
                                delete message.hostIp;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.hostErrors && message.hostErrors.length))
                                message.hostErrors = [];
                            message.hostErrors.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.postCreateReport = $root.jetnet.v1.ExecReport.decode(reader, reader.size(), $undefined, _depth + 1, message.postCreateReport);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.implemented = value;
                            else
                                delete message.implemented;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a StatusReport message.
             * @function verify
             * @memberof jetnet.v1.StatusReport
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StatusReport.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    if (!$util.isString(message.namespace))
                        return "namespace: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    if (!$util.isString(message.uid))
                        return "uid: string expected";
                if (message.ifName != null && $Object.hasOwnProperty.call(message, "ifName"))
                    if (!$util.isString(message.ifName))
                        return "ifName: string expected";
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
                    if (!$util.isString(message.mac))
                        return "mac: string expected";
                if (message.hostIp != null && $Object.hasOwnProperty.call(message, "hostIp"))
                    if (!$util.isString(message.hostIp))
                        return "hostIp: string expected";
                if (message.hostErrors != null && $Object.hasOwnProperty.call(message, "hostErrors")) {
                    if (!$Array.isArray(message.hostErrors))
                        return "hostErrors: array expected";
                    for (let i = 0; i < message.hostErrors.length; ++i)
                        if (!$util.isString(message.hostErrors[i]))
                            return "hostErrors: string[] expected";
                }
                if (message.postCreateReport != null && $Object.hasOwnProperty.call(message, "postCreateReport")) {
                    let error = $root.jetnet.v1.ExecReport.verify(message.postCreateReport, _depth + 1);
                    if (error)
                        return "postCreateReport." + error;
                }
                if (message.implemented != null && $Object.hasOwnProperty.call(message, "implemented"))
                    if (typeof message.implemented !== "boolean")
                        return "implemented: boolean expected";
                return null;
            };

            /**
             * Creates a StatusReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.StatusReport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.StatusReport} StatusReport
             */
            StatusReport.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.StatusReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.StatusReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.StatusReport();
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.uid != null)
                    if (typeof object.uid !== "string" || object.uid.length)
                        message.uid = $String(object.uid);
                if (object.ifName != null)
                    if (typeof object.ifName !== "string" || object.ifName.length)
                        message.ifName = $String(object.ifName);
                if (object.mac != null)
                    if (typeof object.mac !== "string" || object.mac.length)
                        message.mac = $String(object.mac);
                if (object.hostIp != null)
                    if (typeof object.hostIp !== "string" || object.hostIp.length)
                        message.hostIp = $String(object.hostIp);
                if (object.hostErrors) {
                    if (!$Array.isArray(object.hostErrors))
                        throw $TypeError(".jetnet.v1.StatusReport.hostErrors: array expected");
                    message.hostErrors = $Array(object.hostErrors.length);
                    for (let i = 0; i < object.hostErrors.length; ++i)
                        message.hostErrors[i] = $String(object.hostErrors[i]);
                }
                if (object.postCreateReport != null) {
                    if (!$util.isObject(object.postCreateReport))
                        throw $TypeError(".jetnet.v1.StatusReport.postCreateReport: object expected");
                    message.postCreateReport = $root.jetnet.v1.ExecReport.fromObject(object.postCreateReport, _depth + 1);
                }
                if (object.implemented != null)
                    if (object.implemented)
                        message.implemented = $Boolean(object.implemented);
                return message;
            };

            /**
             * Creates a plain object from a StatusReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.StatusReport
             * @static
             * @param {jetnet.v1.StatusReport} message StatusReport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.hostErrors = [];
                if (options.defaults) {
                    object.namespace = "";
                    object.name = "";
                    object.uid = "";
                    object.ifName = "";
                    object.mac = "";
                    object.hostIp = "";
                    object.postCreateReport = null;
                    object.implemented = false;
                }
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                if (message.ifName != null && $Object.hasOwnProperty.call(message, "ifName"))
                    object.ifName = message.ifName;
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
                    object.mac = message.mac;
                if (message.hostIp != null && $Object.hasOwnProperty.call(message, "hostIp"))
                    object.hostIp = message.hostIp;
                if (message.hostErrors && message.hostErrors.length) {
                    object.hostErrors = $Array(message.hostErrors.length);
                    for (let j = 0; j < message.hostErrors.length; ++j)
                        object.hostErrors[j] = message.hostErrors[j];
                }
                if (message.postCreateReport != null && $Object.hasOwnProperty.call(message, "postCreateReport"))
                    object.postCreateReport = $root.jetnet.v1.ExecReport.toObject(message.postCreateReport, options, _depth + 1);
                if (message.implemented != null && $Object.hasOwnProperty.call(message, "implemented"))
                    object.implemented = message.implemented;
                return object;
            };

            /**
             * Converts this StatusReport to JSON.
             * @function toJSON
             * @memberof jetnet.v1.StatusReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusReport.prototype.toJSON = function() {
                return StatusReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StatusReport
             * @function getTypeUrl
             * @memberof jetnet.v1.StatusReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatusReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.StatusReport";
            };

            return StatusReport;
        })();

        v1.StatusReportReply = (function() {

            /**
             * Properties of a StatusReportReply.
             * @typedef {Object} jetnet.v1.StatusReportReply.$Properties
             * @property {jetnet.v1.Error.$Properties|null} [error] Absent on success.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusReportReply.
             * @memberof jetnet.v1
             * @interface IStatusReportReply
             * @augments jetnet.v1.StatusReportReply.$Properties
             * @deprecated Use jetnet.v1.StatusReportReply.$Properties instead.
             */

            /**
             * Shape of a StatusReportReply.
             * @typedef {jetnet.v1.StatusReportReply.$Properties} jetnet.v1.StatusReportReply.$Shape
             */

            /**
             * Constructs a new StatusReportReply.
             * @memberof jetnet.v1
             * @classdesc Represents a StatusReportReply.
             * @constructor
             * @param {jetnet.v1.StatusReportReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusReportReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Absent on success.
             * @member {jetnet.v1.Error.$Properties|null|undefined} error
             * @memberof jetnet.v1.StatusReportReply
             * @instance
             */
            StatusReportReply.prototype.error = null;

            /**
             * Creates a new StatusReportReply instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.StatusReportReply
             * @static
             * @param {jetnet.v1.StatusReportReply.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.StatusReportReply} StatusReportReply instance
             * @type {{
             *   (properties: jetnet.v1.StatusReportReply.$Shape): jetnet.v1.StatusReportReply & jetnet.v1.StatusReportReply.$Shape;
             *   (properties?: jetnet.v1.StatusReportReply.$Properties): jetnet.v1.StatusReportReply;
             * }}
             */
            StatusReportReply.create = function(properties) {
                return new StatusReportReply(properties);
            };

            /**
             * Encodes the specified StatusReportReply message. Does not implicitly {@link jetnet.v1.StatusReportReply.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.StatusReportReply
             * @static
             * @param {jetnet.v1.StatusReportReply.$Properties} message StatusReportReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusReportReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.jetnet.v1.Error.encode(message.error, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatusReportReply message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.StatusReportReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.StatusReportReply & jetnet.v1.StatusReportReply.$Shape} StatusReportReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusReportReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.StatusReportReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.jetnet.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a StatusReportReply message.
             * @function verify
             * @memberof jetnet.v1.StatusReportReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StatusReportReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.jetnet.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                return null;
            };

            /**
             * Creates a StatusReportReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.StatusReportReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.StatusReportReply} StatusReportReply
             */
            StatusReportReply.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.StatusReportReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.StatusReportReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.StatusReportReply();
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".jetnet.v1.StatusReportReply.error: object expected");
                    message.error = $root.jetnet.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a StatusReportReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.StatusReportReply
             * @static
             * @param {jetnet.v1.StatusReportReply} message StatusReportReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusReportReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.error = null;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.jetnet.v1.Error.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this StatusReportReply to JSON.
             * @function toJSON
             * @memberof jetnet.v1.StatusReportReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusReportReply.prototype.toJSON = function() {
                return StatusReportReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StatusReportReply
             * @function getTypeUrl
             * @memberof jetnet.v1.StatusReportReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatusReportReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.StatusReportReply";
            };

            return StatusReportReply;
        })();

        v1.ExecReport = (function() {

            /**
             * Properties of an ExecReport.
             * @typedef {Object} jetnet.v1.ExecReport.$Properties
             * @property {Array.<string>|null} [command] ExecReport command
             * @property {number|null} [exitStatus] ExecReport exitStatus
             * @property {number|null} [startTimeUs] Server (node) time in µs since the epoch.
             * @property {number|null} [stopTimeUs] ExecReport stopTimeUs
             * @property {string|null} [stdout] Captured output, truncated by the agent to a bounded size.
             * @property {string|null} [stderr] ExecReport stderr
             * @property {boolean|null} [timedOut] True if the agent killed the command at its deadline; exit_status is then meaningless.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExecReport.
             * @memberof jetnet.v1
             * @interface IExecReport
             * @augments jetnet.v1.ExecReport.$Properties
             * @deprecated Use jetnet.v1.ExecReport.$Properties instead.
             */

            /**
             * Shape of an ExecReport.
             * @typedef {jetnet.v1.ExecReport.$Properties} jetnet.v1.ExecReport.$Shape
             */

            /**
             * Constructs a new ExecReport.
             * @memberof jetnet.v1
             * @classdesc The outcome of running a command on the node after the interface was created.
             * @constructor
             * @param {jetnet.v1.ExecReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExecReport = function (properties) {
                this.command = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExecReport command.
             * @member {Array.<string>} command
             * @memberof jetnet.v1.ExecReport
             * @instance
             */
            ExecReport.prototype.command = $util.emptyArray;

            /**
             * ExecReport exitStatus.
             * @member {number} exitStatus
             * @memberof jetnet.v1.ExecReport
             * @instance
             */
            ExecReport.prototype.exitStatus = 0;

            /**
             * Server (node) time in µs since the epoch.
             * @member {number} startTimeUs
             * @memberof jetnet.v1.ExecReport
             * @instance
             */
            ExecReport.prototype.startTimeUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ExecReport stopTimeUs.
             * @member {number} stopTimeUs
             * @memberof jetnet.v1.ExecReport
             * @instance
             */
            ExecReport.prototype.stopTimeUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Captured output, truncated by the agent to a bounded size.
             * @member {string} stdout
             * @memberof jetnet.v1.ExecReport
             * @instance
             */
            ExecReport.prototype.stdout = "";

            /**
             * ExecReport stderr.
             * @member {string} stderr
             * @memberof jetnet.v1.ExecReport
             * @instance
             */
            ExecReport.prototype.stderr = "";

            /**
             * True if the agent killed the command at its deadline; exit_status is then meaningless.
             * @member {boolean} timedOut
             * @memberof jetnet.v1.ExecReport
             * @instance
             */
            ExecReport.prototype.timedOut = false;

            /**
             * Creates a new ExecReport instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.ExecReport
             * @static
             * @param {jetnet.v1.ExecReport.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.ExecReport} ExecReport instance
             * @type {{
             *   (properties: jetnet.v1.ExecReport.$Shape): jetnet.v1.ExecReport & jetnet.v1.ExecReport.$Shape;
             *   (properties?: jetnet.v1.ExecReport.$Properties): jetnet.v1.ExecReport;
             * }}
             */
            ExecReport.create = function(properties) {
                return new ExecReport(properties);
            };

            /**
             * Encodes the specified ExecReport message. Does not implicitly {@link jetnet.v1.ExecReport.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.ExecReport
             * @static
             * @param {jetnet.v1.ExecReport.$Properties} message ExecReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.command != null && message.command.length)
                    for (let i = 0; i < message.command.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.command[i]);
                if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus") && message.exitStatus !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.exitStatus);
                if (message.startTimeUs != null && $Object.hasOwnProperty.call(message, "startTimeUs") && (typeof message.startTimeUs === "object" ? message.startTimeUs.low || message.startTimeUs.high : message.startTimeUs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.startTimeUs);
                if (message.stopTimeUs != null && $Object.hasOwnProperty.call(message, "stopTimeUs") && (typeof message.stopTimeUs === "object" ? message.stopTimeUs.low || message.stopTimeUs.high : message.stopTimeUs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.stopTimeUs);
                if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout") && message.stdout !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.stdout);
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr") && message.stderr !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.stderr);
                if (message.timedOut != null && $Object.hasOwnProperty.call(message, "timedOut") && message.timedOut !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.timedOut);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExecReport message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.ExecReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.ExecReport & jetnet.v1.ExecReport.$Shape} ExecReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.ExecReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.command && message.command.length))
                                message.command = [];
                            message.command.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.exitStatus = value;
                            else
                                delete message.exitStatus;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startTimeUs = value;
                            else
                                delete message.startTimeUs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.stopTimeUs = value;
                            else
                                delete message.stopTimeUs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stdout = value;
                            else
                                delete message.stdout;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stderr = value;
                            else
                                delete message.stderr;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.timedOut = value;
                            else
                                delete message.timedOut;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ExecReport message.
             * @function verify
             * @memberof jetnet.v1.ExecReport
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExecReport.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.command != null && $Object.hasOwnProperty.call(message, "command")) {
                    if (!$Array.isArray(message.command))
                        return "command: array expected";
                    for (let i = 0; i < message.command.length; ++i)
                        if (!$util.isString(message.command[i]))
                            return "command: string[] expected";
                }
                if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus"))
                    if (!$util.isInteger(message.exitStatus))
                        return "exitStatus: integer expected";
                if (message.startTimeUs != null && $Object.hasOwnProperty.call(message, "startTimeUs"))
                    if (!$util.isInteger(message.startTimeUs) && !(message.startTimeUs && $util.isInteger(message.startTimeUs.low) && $util.isInteger(message.startTimeUs.high)))
                        return "startTimeUs: integer|Long expected";
                if (message.stopTimeUs != null && $Object.hasOwnProperty.call(message, "stopTimeUs"))
                    if (!$util.isInteger(message.stopTimeUs) && !(message.stopTimeUs && $util.isInteger(message.stopTimeUs.low) && $util.isInteger(message.stopTimeUs.high)))
                        return "stopTimeUs: integer|Long expected";
                if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout"))
                    if (!$util.isString(message.stdout))
                        return "stdout: string expected";
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr"))
                    if (!$util.isString(message.stderr))
                        return "stderr: string expected";
                if (message.timedOut != null && $Object.hasOwnProperty.call(message, "timedOut"))
                    if (typeof message.timedOut !== "boolean")
                        return "timedOut: boolean expected";
                return null;
            };

            /**
             * Creates an ExecReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.ExecReport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.ExecReport} ExecReport
             */
            ExecReport.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.ExecReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.ExecReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.ExecReport();
                if (object.command) {
                    if (!$Array.isArray(object.command))
                        throw $TypeError(".jetnet.v1.ExecReport.command: array expected");
                    message.command = $Array(object.command.length);
                    for (let i = 0; i < object.command.length; ++i)
                        message.command[i] = $String(object.command[i]);
                }
                if (object.exitStatus != null)
                    if ($Number(object.exitStatus) !== 0)
                        message.exitStatus = object.exitStatus | 0;
                if (object.startTimeUs != null)
                    if (typeof object.startTimeUs === "object" ? object.startTimeUs.low || object.startTimeUs.high : $Number(object.startTimeUs) !== 0)
                        if ($util.Long)
                            message.startTimeUs = $util.Long.fromValue(object.startTimeUs, false);
                        else if (typeof object.startTimeUs === "string")
                            message.startTimeUs = $parseInt(object.startTimeUs, 10);
                        else if (typeof object.startTimeUs === "number")
                            message.startTimeUs = object.startTimeUs;
                        else if (typeof object.startTimeUs === "object")
                            message.startTimeUs = new $util.LongBits(object.startTimeUs.low >>> 0, object.startTimeUs.high >>> 0).toNumber();
                if (object.stopTimeUs != null)
                    if (typeof object.stopTimeUs === "object" ? object.stopTimeUs.low || object.stopTimeUs.high : $Number(object.stopTimeUs) !== 0)
                        if ($util.Long)
                            message.stopTimeUs = $util.Long.fromValue(object.stopTimeUs, false);
                        else if (typeof object.stopTimeUs === "string")
                            message.stopTimeUs = $parseInt(object.stopTimeUs, 10);
                        else if (typeof object.stopTimeUs === "number")
                            message.stopTimeUs = object.stopTimeUs;
                        else if (typeof object.stopTimeUs === "object")
                            message.stopTimeUs = new $util.LongBits(object.stopTimeUs.low >>> 0, object.stopTimeUs.high >>> 0).toNumber();
                if (object.stdout != null)
                    if (typeof object.stdout !== "string" || object.stdout.length)
                        message.stdout = $String(object.stdout);
                if (object.stderr != null)
                    if (typeof object.stderr !== "string" || object.stderr.length)
                        message.stderr = $String(object.stderr);
                if (object.timedOut != null)
                    if (object.timedOut)
                        message.timedOut = $Boolean(object.timedOut);
                return message;
            };

            /**
             * Creates a plain object from an ExecReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.ExecReport
             * @static
             * @param {jetnet.v1.ExecReport} message ExecReport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExecReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.command = [];
                if (options.defaults) {
                    object.exitStatus = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.stopTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.stopTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.stdout = "";
                    object.stderr = "";
                    object.timedOut = false;
                }
                if (message.command && message.command.length) {
                    object.command = $Array(message.command.length);
                    for (let j = 0; j < message.command.length; ++j)
                        object.command[j] = message.command[j];
                }
                if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus"))
                    object.exitStatus = message.exitStatus;
                if (message.startTimeUs != null && $Object.hasOwnProperty.call(message, "startTimeUs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startTimeUs = typeof message.startTimeUs === "number" ? $BigInt(message.startTimeUs) : $util.Long.fromBits(message.startTimeUs.low >>> 0, message.startTimeUs.high >>> 0, false).toBigInt();
                    else if (typeof message.startTimeUs === "number")
                        object.startTimeUs = options.longs === $String ? $String(message.startTimeUs) : message.startTimeUs;
                    else
                        object.startTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeUs) : options.longs === $Number ? new $util.LongBits(message.startTimeUs.low >>> 0, message.startTimeUs.high >>> 0).toNumber() : message.startTimeUs;
                if (message.stopTimeUs != null && $Object.hasOwnProperty.call(message, "stopTimeUs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.stopTimeUs = typeof message.stopTimeUs === "number" ? $BigInt(message.stopTimeUs) : $util.Long.fromBits(message.stopTimeUs.low >>> 0, message.stopTimeUs.high >>> 0, false).toBigInt();
                    else if (typeof message.stopTimeUs === "number")
                        object.stopTimeUs = options.longs === $String ? $String(message.stopTimeUs) : message.stopTimeUs;
                    else
                        object.stopTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.stopTimeUs) : options.longs === $Number ? new $util.LongBits(message.stopTimeUs.low >>> 0, message.stopTimeUs.high >>> 0).toNumber() : message.stopTimeUs;
                if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout"))
                    object.stdout = message.stdout;
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr"))
                    object.stderr = message.stderr;
                if (message.timedOut != null && $Object.hasOwnProperty.call(message, "timedOut"))
                    object.timedOut = message.timedOut;
                return object;
            };

            /**
             * Converts this ExecReport to JSON.
             * @function toJSON
             * @memberof jetnet.v1.ExecReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExecReport.prototype.toJSON = function() {
                return ExecReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExecReport
             * @function getTypeUrl
             * @memberof jetnet.v1.ExecReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExecReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.ExecReport";
            };

            return ExecReport;
        })();

        v1.AttachmentSpec = (function() {

            /**
             * Properties of an AttachmentSpec.
             * @typedef {Object} jetnet.v1.AttachmentSpec.$Properties
             * @property {string|null} [node] Name of the node whose agent implements the interface. Immutable.
             * @property {string|null} [subnet] Name of a subnet in the same namespace. Immutable.
             * @property {string|null} [ip] Optional static address request; empty = any free address. Immutable.
             * @property {Array.<string>|null} [postCreateExec] Command (argv) run on the node once the interface exists. Immutable.
             * @property {Array.<string>|null} [postDeleteExec] Command (argv) run on the node after the interface is removed.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AttachmentSpec.
             * @memberof jetnet.v1
             * @interface IAttachmentSpec
             * @augments jetnet.v1.AttachmentSpec.$Properties
             * @deprecated Use jetnet.v1.AttachmentSpec.$Properties instead.
             */

            /**
             * Shape of an AttachmentSpec.
             * @typedef {jetnet.v1.AttachmentSpec.$Properties} jetnet.v1.AttachmentSpec.$Shape
             */

            /**
             * Constructs a new AttachmentSpec.
             * @memberof jetnet.v1
             * @classdesc What the tenant asks for. node, subnet, ip and post_create_exec are immutable after create.
             * @constructor
             * @param {jetnet.v1.AttachmentSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AttachmentSpec = function (properties) {
                this.postCreateExec = [];
                this.postDeleteExec = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Name of the node whose agent implements the interface. Immutable.
             * @member {string} node
             * @memberof jetnet.v1.AttachmentSpec
             * @instance
             */
            AttachmentSpec.prototype.node = "";

            /**
             * Name of a subnet in the same namespace. Immutable.
             * @member {string} subnet
             * @memberof jetnet.v1.AttachmentSpec
             * @instance
             */
            AttachmentSpec.prototype.subnet = "";

            /**
             * Optional static address request; empty = any free address. Immutable.
             * @member {string} ip
             * @memberof jetnet.v1.AttachmentSpec
             * @instance
             */
            AttachmentSpec.prototype.ip = "";

            /**
             * Command (argv) run on the node once the interface exists. Immutable.
             * @member {Array.<string>} postCreateExec
             * @memberof jetnet.v1.AttachmentSpec
             * @instance
             */
            AttachmentSpec.prototype.postCreateExec = $util.emptyArray;

            /**
             * Command (argv) run on the node after the interface is removed.
             * @member {Array.<string>} postDeleteExec
             * @memberof jetnet.v1.AttachmentSpec
             * @instance
             */
            AttachmentSpec.prototype.postDeleteExec = $util.emptyArray;

            /**
             * Creates a new AttachmentSpec instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.AttachmentSpec
             * @static
             * @param {jetnet.v1.AttachmentSpec.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.AttachmentSpec} AttachmentSpec instance
             * @type {{
             *   (properties: jetnet.v1.AttachmentSpec.$Shape): jetnet.v1.AttachmentSpec & jetnet.v1.AttachmentSpec.$Shape;
             *   (properties?: jetnet.v1.AttachmentSpec.$Properties): jetnet.v1.AttachmentSpec;
             * }}
             */
            AttachmentSpec.create = function(properties) {
                return new AttachmentSpec(properties);
            };

            /**
             * Encodes the specified AttachmentSpec message. Does not implicitly {@link jetnet.v1.AttachmentSpec.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.AttachmentSpec
             * @static
             * @param {jetnet.v1.AttachmentSpec.$Properties} message AttachmentSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AttachmentSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet") && message.subnet !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.subnet);
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && message.ip !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.ip);
                if (message.postCreateExec != null && message.postCreateExec.length)
                    for (let i = 0; i < message.postCreateExec.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.postCreateExec[i]);
                if (message.postDeleteExec != null && message.postDeleteExec.length)
                    for (let i = 0; i < message.postDeleteExec.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.postDeleteExec[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AttachmentSpec message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.AttachmentSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.AttachmentSpec & jetnet.v1.AttachmentSpec.$Shape} AttachmentSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AttachmentSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.AttachmentSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subnet = value;
                            else
                                delete message.subnet;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip = value;
                            else
                                delete message.ip;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.postCreateExec && message.postCreateExec.length))
                                message.postCreateExec = [];
                            message.postCreateExec.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.postDeleteExec && message.postDeleteExec.length))
                                message.postDeleteExec = [];
                            message.postDeleteExec.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AttachmentSpec message.
             * @function verify
             * @memberof jetnet.v1.AttachmentSpec
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AttachmentSpec.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet"))
                    if (!$util.isString(message.subnet))
                        return "subnet: string expected";
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    if (!$util.isString(message.ip))
                        return "ip: string expected";
                if (message.postCreateExec != null && $Object.hasOwnProperty.call(message, "postCreateExec")) {
                    if (!$Array.isArray(message.postCreateExec))
                        return "postCreateExec: array expected";
                    for (let i = 0; i < message.postCreateExec.length; ++i)
                        if (!$util.isString(message.postCreateExec[i]))
                            return "postCreateExec: string[] expected";
                }
                if (message.postDeleteExec != null && $Object.hasOwnProperty.call(message, "postDeleteExec")) {
                    if (!$Array.isArray(message.postDeleteExec))
                        return "postDeleteExec: array expected";
                    for (let i = 0; i < message.postDeleteExec.length; ++i)
                        if (!$util.isString(message.postDeleteExec[i]))
                            return "postDeleteExec: string[] expected";
                }
                return null;
            };

            /**
             * Creates an AttachmentSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.AttachmentSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.AttachmentSpec} AttachmentSpec
             */
            AttachmentSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.AttachmentSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.AttachmentSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.AttachmentSpec();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.subnet != null)
                    if (typeof object.subnet !== "string" || object.subnet.length)
                        message.subnet = $String(object.subnet);
                if (object.ip != null)
                    if (typeof object.ip !== "string" || object.ip.length)
                        message.ip = $String(object.ip);
                if (object.postCreateExec) {
                    if (!$Array.isArray(object.postCreateExec))
                        throw $TypeError(".jetnet.v1.AttachmentSpec.postCreateExec: array expected");
                    message.postCreateExec = $Array(object.postCreateExec.length);
                    for (let i = 0; i < object.postCreateExec.length; ++i)
                        message.postCreateExec[i] = $String(object.postCreateExec[i]);
                }
                if (object.postDeleteExec) {
                    if (!$Array.isArray(object.postDeleteExec))
                        throw $TypeError(".jetnet.v1.AttachmentSpec.postDeleteExec: array expected");
                    message.postDeleteExec = $Array(object.postDeleteExec.length);
                    for (let i = 0; i < object.postDeleteExec.length; ++i)
                        message.postDeleteExec[i] = $String(object.postDeleteExec[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from an AttachmentSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.AttachmentSpec
             * @static
             * @param {jetnet.v1.AttachmentSpec} message AttachmentSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AttachmentSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.postCreateExec = [];
                    object.postDeleteExec = [];
                }
                if (options.defaults) {
                    object.node = "";
                    object.subnet = "";
                    object.ip = "";
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet"))
                    object.subnet = message.subnet;
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    object.ip = message.ip;
                if (message.postCreateExec && message.postCreateExec.length) {
                    object.postCreateExec = $Array(message.postCreateExec.length);
                    for (let j = 0; j < message.postCreateExec.length; ++j)
                        object.postCreateExec[j] = message.postCreateExec[j];
                }
                if (message.postDeleteExec && message.postDeleteExec.length) {
                    object.postDeleteExec = $Array(message.postDeleteExec.length);
                    for (let j = 0; j < message.postDeleteExec.length; ++j)
                        object.postDeleteExec[j] = message.postDeleteExec[j];
                }
                return object;
            };

            /**
             * Converts this AttachmentSpec to JSON.
             * @function toJSON
             * @memberof jetnet.v1.AttachmentSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AttachmentSpec.prototype.toJSON = function() {
                return AttachmentSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AttachmentSpec
             * @function getTypeUrl
             * @memberof jetnet.v1.AttachmentSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AttachmentSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.AttachmentSpec";
            };

            return AttachmentSpec;
        })();

        v1.AttachmentStatus = (function() {

            /**
             * Properties of an AttachmentStatus.
             * @typedef {Object} jetnet.v1.AttachmentStatus.$Properties
             * @property {string|null} [ip] Leased address; set only while the lease exists in Redis (or is being recovered).
             * @property {number|null} [vni] VNI of the subnet at the time of the lease.
             * @property {number|null} [leaseSeq] Per-VNI lease sequence number, a fencing token against stale ipam writers.
             * @property {string|null} [mac] A function of (vni, ip).
             * @property {string|null} [ifName] Interface name on the node; a function of (vni, ip).
             * @property {string|null} [hostIp] Underlay address of the node, the VXLAN tunnel endpoint for remote peers.
             * @property {boolean|null} [addressContention] True once the attachment has had to wait for an address: its requested static ip was
             * leased to another attachment, or its subnet had none free. It stays true after an address
             * is leased (create-to-address latencies are labelled by it).
             * @property {Array.<string>|null} [ipamErrors] Why ipam leases the attachment no address (or is moving it to another); empty once it
             * holds one. E.g. a requested ip that its subnet never leases (the gateway, an exclusion).
             * @property {Array.<string>|null} [hostErrors] AttachmentStatus hostErrors
             * @property {jetnet.v1.ExecReport.$Properties|null} [postCreateReport] AttachmentStatus postCreateReport
             * @property {string|null} [subnetUid] uid of the subnet the address was leased in, to detect a deleted-and-recreated subnet.
             * @property {string|null} [nodeHostIp] Underlay address of the node as the leasing service knew it when the address was leased
             * (from the node's agent's earlier reports); empty if it knew none. Until the agent reports
             * host_ip itself, the mapping service announces the attachment to the VNI's other nodes with
             * this address, so they program it while the node creates the interface.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AttachmentStatus.
             * @memberof jetnet.v1
             * @interface IAttachmentStatus
             * @augments jetnet.v1.AttachmentStatus.$Properties
             * @deprecated Use jetnet.v1.AttachmentStatus.$Properties instead.
             */

            /**
             * Shape of an AttachmentStatus.
             * @typedef {jetnet.v1.AttachmentStatus.$Properties} jetnet.v1.AttachmentStatus.$Shape
             */

            /**
             * Constructs a new AttachmentStatus.
             * @memberof jetnet.v1
             * @classdesc Written only by the services: ipam (address section), network on behalf of the agent
             * (impl and exec sections). Clients cannot set it.
             * @constructor
             * @param {jetnet.v1.AttachmentStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AttachmentStatus = function (properties) {
                this.ipamErrors = [];
                this.hostErrors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Leased address; set only while the lease exists in Redis (or is being recovered).
             * @member {string} ip
             * @memberof jetnet.v1.AttachmentStatus
             * @instance
             */
            AttachmentStatus.prototype.ip = "";

            /**
             * VNI of the subnet at the time of the lease.
             * @member {number} vni
             * @memberof jetnet.v1.AttachmentStatus
             * @instance
             */
            AttachmentStatus.prototype.vni = 0;

            /**
             * Per-VNI lease sequence number, a fencing token against stale ipam writers.
             * @member {number} leaseSeq
             * @memberof jetnet.v1.AttachmentStatus
             * @instance
             */
            AttachmentStatus.prototype.leaseSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * A function of (vni, ip).
             * @member {string} mac
             * @memberof jetnet.v1.AttachmentStatus
             * @instance
             */
            AttachmentStatus.prototype.mac = "";

            /**
             * Interface name on the node; a function of (vni, ip).
             * @member {string} ifName
             * @memberof jetnet.v1.AttachmentStatus
             * @instance
             */
            AttachmentStatus.prototype.ifName = "";

            /**
             * Underlay address of the node, the VXLAN tunnel endpoint for remote peers.
             * @member {string} hostIp
             * @memberof jetnet.v1.AttachmentStatus
             * @instance
             */
            AttachmentStatus.prototype.hostIp = "";

            /**
             * True once the attachment has had to wait for an address: its requested static ip was
             * leased to another attachment, or its subnet had none free. It stays true after an address
             * is leased (create-to-address latencies are labelled by it).
             * @member {boolean} addressContention
             * @memberof jetnet.v1.AttachmentStatus
             * @instance
             */
            AttachmentStatus.prototype.addressContention = false;

            /**
             * Why ipam leases the attachment no address (or is moving it to another); empty once it
             * holds one. E.g. a requested ip that its subnet never leases (the gateway, an exclusion).
             * @member {Array.<string>} ipamErrors
             * @memberof jetnet.v1.AttachmentStatus
             * @instance
             */
            AttachmentStatus.prototype.ipamErrors = $util.emptyArray;

            /**
             * AttachmentStatus hostErrors.
             * @member {Array.<string>} hostErrors
             * @memberof jetnet.v1.AttachmentStatus
             * @instance
             */
            AttachmentStatus.prototype.hostErrors = $util.emptyArray;

            /**
             * AttachmentStatus postCreateReport.
             * @member {jetnet.v1.ExecReport.$Properties|null|undefined} postCreateReport
             * @memberof jetnet.v1.AttachmentStatus
             * @instance
             */
            AttachmentStatus.prototype.postCreateReport = null;

            /**
             * uid of the subnet the address was leased in, to detect a deleted-and-recreated subnet.
             * @member {string} subnetUid
             * @memberof jetnet.v1.AttachmentStatus
             * @instance
             */
            AttachmentStatus.prototype.subnetUid = "";

            /**
             * Underlay address of the node as the leasing service knew it when the address was leased
             * (from the node's agent's earlier reports); empty if it knew none. Until the agent reports
             * host_ip itself, the mapping service announces the attachment to the VNI's other nodes with
             * this address, so they program it while the node creates the interface.
             * @member {string} nodeHostIp
             * @memberof jetnet.v1.AttachmentStatus
             * @instance
             */
            AttachmentStatus.prototype.nodeHostIp = "";

            /**
             * Creates a new AttachmentStatus instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.AttachmentStatus
             * @static
             * @param {jetnet.v1.AttachmentStatus.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.AttachmentStatus} AttachmentStatus instance
             * @type {{
             *   (properties: jetnet.v1.AttachmentStatus.$Shape): jetnet.v1.AttachmentStatus & jetnet.v1.AttachmentStatus.$Shape;
             *   (properties?: jetnet.v1.AttachmentStatus.$Properties): jetnet.v1.AttachmentStatus;
             * }}
             */
            AttachmentStatus.create = function(properties) {
                return new AttachmentStatus(properties);
            };

            /**
             * Encodes the specified AttachmentStatus message. Does not implicitly {@link jetnet.v1.AttachmentStatus.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.AttachmentStatus
             * @static
             * @param {jetnet.v1.AttachmentStatus.$Properties} message AttachmentStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AttachmentStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && message.ip !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.ip);
                if (message.vni != null && $Object.hasOwnProperty.call(message, "vni") && message.vni !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.vni);
                if (message.leaseSeq != null && $Object.hasOwnProperty.call(message, "leaseSeq") && (typeof message.leaseSeq === "object" ? message.leaseSeq.low || message.leaseSeq.high : message.leaseSeq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.leaseSeq);
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.mac);
                if (message.ifName != null && $Object.hasOwnProperty.call(message, "ifName") && message.ifName !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.ifName);
                if (message.hostIp != null && $Object.hasOwnProperty.call(message, "hostIp") && message.hostIp !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.hostIp);
                if (message.addressContention != null && $Object.hasOwnProperty.call(message, "addressContention") && message.addressContention !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.addressContention);
                if (message.ipamErrors != null && message.ipamErrors.length)
                    for (let i = 0; i < message.ipamErrors.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.ipamErrors[i]);
                if (message.hostErrors != null && message.hostErrors.length)
                    for (let i = 0; i < message.hostErrors.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.hostErrors[i]);
                if (message.postCreateReport != null && $Object.hasOwnProperty.call(message, "postCreateReport"))
                    $root.jetnet.v1.ExecReport.encode(message.postCreateReport, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.subnetUid != null && $Object.hasOwnProperty.call(message, "subnetUid") && message.subnetUid !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.subnetUid);
                if (message.nodeHostIp != null && $Object.hasOwnProperty.call(message, "nodeHostIp") && message.nodeHostIp !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.nodeHostIp);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AttachmentStatus message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.AttachmentStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.AttachmentStatus & jetnet.v1.AttachmentStatus.$Shape} AttachmentStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AttachmentStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.AttachmentStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip = value;
                            else
                                delete message.ip;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vni = value;
                            else
                                delete message.vni;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaseSeq = value;
                            else
                                delete message.leaseSeq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mac = value;
                            else
                                delete message.mac;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ifName = value;
                            else
                                delete message.ifName;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostIp = value;
                            else
                                delete message.hostIp;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.addressContention = value;
                            else
                                delete message.addressContention;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ipamErrors && message.ipamErrors.length))
                                message.ipamErrors = [];
                            message.ipamErrors.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.hostErrors && message.hostErrors.length))
                                message.hostErrors = [];
                            message.hostErrors.push(reader.stringVerify());
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.postCreateReport = $root.jetnet.v1.ExecReport.decode(reader, reader.size(), $undefined, _depth + 1, message.postCreateReport);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subnetUid = value;
                            else
                                delete message.subnetUid;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeHostIp = value;
                            else
                                delete message.nodeHostIp;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AttachmentStatus message.
             * @function verify
             * @memberof jetnet.v1.AttachmentStatus
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AttachmentStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    if (!$util.isString(message.ip))
                        return "ip: string expected";
                if (message.vni != null && $Object.hasOwnProperty.call(message, "vni"))
                    if (!$util.isInteger(message.vni))
                        return "vni: integer expected";
                if (message.leaseSeq != null && $Object.hasOwnProperty.call(message, "leaseSeq"))
                    if (!$util.isInteger(message.leaseSeq) && !(message.leaseSeq && $util.isInteger(message.leaseSeq.low) && $util.isInteger(message.leaseSeq.high)))
                        return "leaseSeq: integer|Long expected";
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
                    if (!$util.isString(message.mac))
                        return "mac: string expected";
                if (message.ifName != null && $Object.hasOwnProperty.call(message, "ifName"))
                    if (!$util.isString(message.ifName))
                        return "ifName: string expected";
                if (message.hostIp != null && $Object.hasOwnProperty.call(message, "hostIp"))
                    if (!$util.isString(message.hostIp))
                        return "hostIp: string expected";
                if (message.addressContention != null && $Object.hasOwnProperty.call(message, "addressContention"))
                    if (typeof message.addressContention !== "boolean")
                        return "addressContention: boolean expected";
                if (message.ipamErrors != null && $Object.hasOwnProperty.call(message, "ipamErrors")) {
                    if (!$Array.isArray(message.ipamErrors))
                        return "ipamErrors: array expected";
                    for (let i = 0; i < message.ipamErrors.length; ++i)
                        if (!$util.isString(message.ipamErrors[i]))
                            return "ipamErrors: string[] expected";
                }
                if (message.hostErrors != null && $Object.hasOwnProperty.call(message, "hostErrors")) {
                    if (!$Array.isArray(message.hostErrors))
                        return "hostErrors: array expected";
                    for (let i = 0; i < message.hostErrors.length; ++i)
                        if (!$util.isString(message.hostErrors[i]))
                            return "hostErrors: string[] expected";
                }
                if (message.postCreateReport != null && $Object.hasOwnProperty.call(message, "postCreateReport")) {
                    let error = $root.jetnet.v1.ExecReport.verify(message.postCreateReport, _depth + 1);
                    if (error)
                        return "postCreateReport." + error;
                }
                if (message.subnetUid != null && $Object.hasOwnProperty.call(message, "subnetUid"))
                    if (!$util.isString(message.subnetUid))
                        return "subnetUid: string expected";
                if (message.nodeHostIp != null && $Object.hasOwnProperty.call(message, "nodeHostIp"))
                    if (!$util.isString(message.nodeHostIp))
                        return "nodeHostIp: string expected";
                return null;
            };

            /**
             * Creates an AttachmentStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.AttachmentStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.AttachmentStatus} AttachmentStatus
             */
            AttachmentStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.AttachmentStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.AttachmentStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.AttachmentStatus();
                if (object.ip != null)
                    if (typeof object.ip !== "string" || object.ip.length)
                        message.ip = $String(object.ip);
                if (object.vni != null)
                    if ($Number(object.vni) !== 0)
                        message.vni = object.vni >>> 0;
                if (object.leaseSeq != null)
                    if (typeof object.leaseSeq === "object" ? object.leaseSeq.low || object.leaseSeq.high : $Number(object.leaseSeq) !== 0)
                        if ($util.Long)
                            message.leaseSeq = $util.Long.fromValue(object.leaseSeq, true);
                        else if (typeof object.leaseSeq === "string")
                            message.leaseSeq = $parseInt(object.leaseSeq, 10);
                        else if (typeof object.leaseSeq === "number")
                            message.leaseSeq = object.leaseSeq;
                        else if (typeof object.leaseSeq === "object")
                            message.leaseSeq = new $util.LongBits(object.leaseSeq.low >>> 0, object.leaseSeq.high >>> 0).toNumber(true);
                if (object.mac != null)
                    if (typeof object.mac !== "string" || object.mac.length)
                        message.mac = $String(object.mac);
                if (object.ifName != null)
                    if (typeof object.ifName !== "string" || object.ifName.length)
                        message.ifName = $String(object.ifName);
                if (object.hostIp != null)
                    if (typeof object.hostIp !== "string" || object.hostIp.length)
                        message.hostIp = $String(object.hostIp);
                if (object.addressContention != null)
                    if (object.addressContention)
                        message.addressContention = $Boolean(object.addressContention);
                if (object.ipamErrors) {
                    if (!$Array.isArray(object.ipamErrors))
                        throw $TypeError(".jetnet.v1.AttachmentStatus.ipamErrors: array expected");
                    message.ipamErrors = $Array(object.ipamErrors.length);
                    for (let i = 0; i < object.ipamErrors.length; ++i)
                        message.ipamErrors[i] = $String(object.ipamErrors[i]);
                }
                if (object.hostErrors) {
                    if (!$Array.isArray(object.hostErrors))
                        throw $TypeError(".jetnet.v1.AttachmentStatus.hostErrors: array expected");
                    message.hostErrors = $Array(object.hostErrors.length);
                    for (let i = 0; i < object.hostErrors.length; ++i)
                        message.hostErrors[i] = $String(object.hostErrors[i]);
                }
                if (object.postCreateReport != null) {
                    if (!$util.isObject(object.postCreateReport))
                        throw $TypeError(".jetnet.v1.AttachmentStatus.postCreateReport: object expected");
                    message.postCreateReport = $root.jetnet.v1.ExecReport.fromObject(object.postCreateReport, _depth + 1);
                }
                if (object.subnetUid != null)
                    if (typeof object.subnetUid !== "string" || object.subnetUid.length)
                        message.subnetUid = $String(object.subnetUid);
                if (object.nodeHostIp != null)
                    if (typeof object.nodeHostIp !== "string" || object.nodeHostIp.length)
                        message.nodeHostIp = $String(object.nodeHostIp);
                return message;
            };

            /**
             * Creates a plain object from an AttachmentStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.AttachmentStatus
             * @static
             * @param {jetnet.v1.AttachmentStatus} message AttachmentStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AttachmentStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.ipamErrors = [];
                    object.hostErrors = [];
                }
                if (options.defaults) {
                    object.ip = "";
                    object.vni = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.leaseSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.leaseSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.mac = "";
                    object.ifName = "";
                    object.hostIp = "";
                    object.addressContention = false;
                    object.postCreateReport = null;
                    object.subnetUid = "";
                    object.nodeHostIp = "";
                }
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    object.ip = message.ip;
                if (message.vni != null && $Object.hasOwnProperty.call(message, "vni"))
                    object.vni = message.vni;
                if (message.leaseSeq != null && $Object.hasOwnProperty.call(message, "leaseSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.leaseSeq = typeof message.leaseSeq === "number" ? $BigInt(message.leaseSeq) : $util.Long.fromBits(message.leaseSeq.low >>> 0, message.leaseSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.leaseSeq === "number")
                        object.leaseSeq = options.longs === $String ? $String(message.leaseSeq) : message.leaseSeq;
                    else
                        object.leaseSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.leaseSeq) : options.longs === $Number ? new $util.LongBits(message.leaseSeq.low >>> 0, message.leaseSeq.high >>> 0).toNumber(true) : message.leaseSeq;
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
                    object.mac = message.mac;
                if (message.ifName != null && $Object.hasOwnProperty.call(message, "ifName"))
                    object.ifName = message.ifName;
                if (message.hostIp != null && $Object.hasOwnProperty.call(message, "hostIp"))
                    object.hostIp = message.hostIp;
                if (message.addressContention != null && $Object.hasOwnProperty.call(message, "addressContention"))
                    object.addressContention = message.addressContention;
                if (message.ipamErrors && message.ipamErrors.length) {
                    object.ipamErrors = $Array(message.ipamErrors.length);
                    for (let j = 0; j < message.ipamErrors.length; ++j)
                        object.ipamErrors[j] = message.ipamErrors[j];
                }
                if (message.hostErrors && message.hostErrors.length) {
                    object.hostErrors = $Array(message.hostErrors.length);
                    for (let j = 0; j < message.hostErrors.length; ++j)
                        object.hostErrors[j] = message.hostErrors[j];
                }
                if (message.postCreateReport != null && $Object.hasOwnProperty.call(message, "postCreateReport"))
                    object.postCreateReport = $root.jetnet.v1.ExecReport.toObject(message.postCreateReport, options, _depth + 1);
                if (message.subnetUid != null && $Object.hasOwnProperty.call(message, "subnetUid"))
                    object.subnetUid = message.subnetUid;
                if (message.nodeHostIp != null && $Object.hasOwnProperty.call(message, "nodeHostIp"))
                    object.nodeHostIp = message.nodeHostIp;
                return object;
            };

            /**
             * Converts this AttachmentStatus to JSON.
             * @function toJSON
             * @memberof jetnet.v1.AttachmentStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AttachmentStatus.prototype.toJSON = function() {
                return AttachmentStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AttachmentStatus
             * @function getTypeUrl
             * @memberof jetnet.v1.AttachmentStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AttachmentStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.AttachmentStatus";
            };

            return AttachmentStatus;
        })();

        v1.NetworkAttachment = (function() {

            /**
             * Properties of a NetworkAttachment.
             * @typedef {Object} jetnet.v1.NetworkAttachment.$Properties
             * @property {jetnet.v1.ObjectMeta.$Properties|null} [meta] NetworkAttachment meta
             * @property {jetnet.v1.AttachmentSpec.$Properties|null} [spec] NetworkAttachment spec
             * @property {jetnet.v1.AttachmentStatus.$Properties|null} [status] NetworkAttachment status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkAttachment.
             * @memberof jetnet.v1
             * @interface INetworkAttachment
             * @augments jetnet.v1.NetworkAttachment.$Properties
             * @deprecated Use jetnet.v1.NetworkAttachment.$Properties instead.
             */

            /**
             * Shape of a NetworkAttachment.
             * @typedef {jetnet.v1.NetworkAttachment.$Properties} jetnet.v1.NetworkAttachment.$Shape
             */

            /**
             * Constructs a new NetworkAttachment.
             * @memberof jetnet.v1
             * @classdesc Key in bucket jetnet-attachments: <namespace>.<name>.
             * @constructor
             * @param {jetnet.v1.NetworkAttachment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkAttachment = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NetworkAttachment meta.
             * @member {jetnet.v1.ObjectMeta.$Properties|null|undefined} meta
             * @memberof jetnet.v1.NetworkAttachment
             * @instance
             */
            NetworkAttachment.prototype.meta = null;

            /**
             * NetworkAttachment spec.
             * @member {jetnet.v1.AttachmentSpec.$Properties|null|undefined} spec
             * @memberof jetnet.v1.NetworkAttachment
             * @instance
             */
            NetworkAttachment.prototype.spec = null;

            /**
             * NetworkAttachment status.
             * @member {jetnet.v1.AttachmentStatus.$Properties|null|undefined} status
             * @memberof jetnet.v1.NetworkAttachment
             * @instance
             */
            NetworkAttachment.prototype.status = null;

            /**
             * Creates a new NetworkAttachment instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.NetworkAttachment
             * @static
             * @param {jetnet.v1.NetworkAttachment.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.NetworkAttachment} NetworkAttachment instance
             * @type {{
             *   (properties: jetnet.v1.NetworkAttachment.$Shape): jetnet.v1.NetworkAttachment & jetnet.v1.NetworkAttachment.$Shape;
             *   (properties?: jetnet.v1.NetworkAttachment.$Properties): jetnet.v1.NetworkAttachment;
             * }}
             */
            NetworkAttachment.create = function(properties) {
                return new NetworkAttachment(properties);
            };

            /**
             * Encodes the specified NetworkAttachment message. Does not implicitly {@link jetnet.v1.NetworkAttachment.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.NetworkAttachment
             * @static
             * @param {jetnet.v1.NetworkAttachment.$Properties} message NetworkAttachment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkAttachment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.jetnet.v1.ObjectMeta.encode(message.meta, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    $root.jetnet.v1.AttachmentSpec.encode(message.spec, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.jetnet.v1.AttachmentStatus.encode(message.status, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NetworkAttachment message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.NetworkAttachment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.NetworkAttachment & jetnet.v1.NetworkAttachment.$Shape} NetworkAttachment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkAttachment.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.NetworkAttachment();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.meta = $root.jetnet.v1.ObjectMeta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.spec = $root.jetnet.v1.AttachmentSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.jetnet.v1.AttachmentStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a NetworkAttachment message.
             * @function verify
             * @memberof jetnet.v1.NetworkAttachment
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NetworkAttachment.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta")) {
                    let error = $root.jetnet.v1.ObjectMeta.verify(message.meta, _depth + 1);
                    if (error)
                        return "meta." + error;
                }
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec")) {
                    let error = $root.jetnet.v1.AttachmentSpec.verify(message.spec, _depth + 1);
                    if (error)
                        return "spec." + error;
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    let error = $root.jetnet.v1.AttachmentStatus.verify(message.status, _depth + 1);
                    if (error)
                        return "status." + error;
                }
                return null;
            };

            /**
             * Creates a NetworkAttachment message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.NetworkAttachment
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.NetworkAttachment} NetworkAttachment
             */
            NetworkAttachment.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.NetworkAttachment)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.NetworkAttachment: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.NetworkAttachment();
                if (object.meta != null) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".jetnet.v1.NetworkAttachment.meta: object expected");
                    message.meta = $root.jetnet.v1.ObjectMeta.fromObject(object.meta, _depth + 1);
                }
                if (object.spec != null) {
                    if (!$util.isObject(object.spec))
                        throw $TypeError(".jetnet.v1.NetworkAttachment.spec: object expected");
                    message.spec = $root.jetnet.v1.AttachmentSpec.fromObject(object.spec, _depth + 1);
                }
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".jetnet.v1.NetworkAttachment.status: object expected");
                    message.status = $root.jetnet.v1.AttachmentStatus.fromObject(object.status, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a NetworkAttachment message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.NetworkAttachment
             * @static
             * @param {jetnet.v1.NetworkAttachment} message NetworkAttachment
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkAttachment.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.meta = null;
                    object.spec = null;
                    object.status = null;
                }
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = $root.jetnet.v1.ObjectMeta.toObject(message.meta, options, _depth + 1);
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    object.spec = $root.jetnet.v1.AttachmentSpec.toObject(message.spec, options, _depth + 1);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.jetnet.v1.AttachmentStatus.toObject(message.status, options, _depth + 1);
                return object;
            };

            /**
             * Converts this NetworkAttachment to JSON.
             * @function toJSON
             * @memberof jetnet.v1.NetworkAttachment
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkAttachment.prototype.toJSON = function() {
                return NetworkAttachment.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NetworkAttachment
             * @function getTypeUrl
             * @memberof jetnet.v1.NetworkAttachment
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NetworkAttachment.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.NetworkAttachment";
            };

            return NetworkAttachment;
        })();

        v1.ObjectMeta = (function() {

            /**
             * Properties of an ObjectMeta.
             * @typedef {Object} jetnet.v1.ObjectMeta.$Properties
             * @property {string|null} [namespace] Tenant namespace; also the first token of the KV key and of the API subject.
             * @property {string|null} [name] Unique within (kind, namespace); the second token of the KV key.
             * @property {string|null} [uid] Assigned by the server at create; distinguishes a re-created object from its predecessor.
             * @property {number|null} [createTimeUs] Server time of the create, in microseconds since the Unix epoch.
             * @property {Object.<string,number>|null} [writeTimesUs] Section -> server time (µs since the epoch) of the last write to that section, stamped by
             * the writer so latencies can be measured from the last client write. Sections: "spec",
             * "status" (subnet); "status.address", "status.impl", "status.exec" (attachment).
             * @property {number|null} [generation] Incremented by the server on every change of spec.
             * @property {Object.<string,string>|null} [labels] ObjectMeta labels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ObjectMeta.
             * @memberof jetnet.v1
             * @interface IObjectMeta
             * @augments jetnet.v1.ObjectMeta.$Properties
             * @deprecated Use jetnet.v1.ObjectMeta.$Properties instead.
             */

            /**
             * Shape of an ObjectMeta.
             * @typedef {jetnet.v1.ObjectMeta.$Properties} jetnet.v1.ObjectMeta.$Shape
             */

            /**
             * Constructs a new ObjectMeta.
             * @memberof jetnet.v1
             * @classdesc Metadata common to every stored object. The object's revision is the KV revision of its key
             * and is deliberately not stored here (a value cannot know the revision it will be written at);
             * API replies carry it beside the object.
             * @constructor
             * @param {jetnet.v1.ObjectMeta.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ObjectMeta = function (properties) {
                this.writeTimesUs = {};
                this.labels = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Tenant namespace; also the first token of the KV key and of the API subject.
             * @member {string} namespace
             * @memberof jetnet.v1.ObjectMeta
             * @instance
             */
            ObjectMeta.prototype.namespace = "";

            /**
             * Unique within (kind, namespace); the second token of the KV key.
             * @member {string} name
             * @memberof jetnet.v1.ObjectMeta
             * @instance
             */
            ObjectMeta.prototype.name = "";

            /**
             * Assigned by the server at create; distinguishes a re-created object from its predecessor.
             * @member {string} uid
             * @memberof jetnet.v1.ObjectMeta
             * @instance
             */
            ObjectMeta.prototype.uid = "";

            /**
             * Server time of the create, in microseconds since the Unix epoch.
             * @member {number} createTimeUs
             * @memberof jetnet.v1.ObjectMeta
             * @instance
             */
            ObjectMeta.prototype.createTimeUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Section -> server time (µs since the epoch) of the last write to that section, stamped by
             * the writer so latencies can be measured from the last client write. Sections: "spec",
             * "status" (subnet); "status.address", "status.impl", "status.exec" (attachment).
             * @member {Object.<string,number>} writeTimesUs
             * @memberof jetnet.v1.ObjectMeta
             * @instance
             */
            ObjectMeta.prototype.writeTimesUs = $util.emptyObject;

            /**
             * Incremented by the server on every change of spec.
             * @member {number} generation
             * @memberof jetnet.v1.ObjectMeta
             * @instance
             */
            ObjectMeta.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ObjectMeta labels.
             * @member {Object.<string,string>} labels
             * @memberof jetnet.v1.ObjectMeta
             * @instance
             */
            ObjectMeta.prototype.labels = $util.emptyObject;

            /**
             * Creates a new ObjectMeta instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.ObjectMeta
             * @static
             * @param {jetnet.v1.ObjectMeta.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.ObjectMeta} ObjectMeta instance
             * @type {{
             *   (properties: jetnet.v1.ObjectMeta.$Shape): jetnet.v1.ObjectMeta & jetnet.v1.ObjectMeta.$Shape;
             *   (properties?: jetnet.v1.ObjectMeta.$Properties): jetnet.v1.ObjectMeta;
             * }}
             */
            ObjectMeta.create = function(properties) {
                return new ObjectMeta(properties);
            };

            /**
             * Encodes the specified ObjectMeta message. Does not implicitly {@link jetnet.v1.ObjectMeta.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.ObjectMeta
             * @static
             * @param {jetnet.v1.ObjectMeta.$Properties} message ObjectMeta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ObjectMeta.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.namespace);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.uid);
                if (message.createTimeUs != null && $Object.hasOwnProperty.call(message, "createTimeUs") && (typeof message.createTimeUs === "object" ? message.createTimeUs.low || message.createTimeUs.high : message.createTimeUs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.createTimeUs);
                if (message.writeTimesUs != null && $Object.hasOwnProperty.call(message, "writeTimesUs"))
                    for (let keys = $Object.keys(message.writeTimesUs), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 0 =*/16).int64(message.writeTimesUs[keys[i]]).ldelim();
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.generation);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ObjectMeta message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.ObjectMeta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.ObjectMeta & jetnet.v1.ObjectMeta.$Shape} ObjectMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ObjectMeta.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.ObjectMeta();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createTimeUs = value;
                            else
                                delete message.createTimeUs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.writeTimesUs === $util.emptyObject)
                                message.writeTimesUs = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = $util.Long ? $util.Long.fromNumber(0, false) : 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 0)
                                        break;
                                    value = reader.int64();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.writeTimesUs, key);
                            message.writeTimesUs[key] = value;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.generation = value;
                            else
                                delete message.generation;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ObjectMeta message.
             * @function verify
             * @memberof jetnet.v1.ObjectMeta
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ObjectMeta.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    if (!$util.isString(message.namespace))
                        return "namespace: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    if (!$util.isString(message.uid))
                        return "uid: string expected";
                if (message.createTimeUs != null && $Object.hasOwnProperty.call(message, "createTimeUs"))
                    if (!$util.isInteger(message.createTimeUs) && !(message.createTimeUs && $util.isInteger(message.createTimeUs.low) && $util.isInteger(message.createTimeUs.high)))
                        return "createTimeUs: integer|Long expected";
                if (message.writeTimesUs != null && $Object.hasOwnProperty.call(message, "writeTimesUs")) {
                    if (!$util.isObject(message.writeTimesUs))
                        return "writeTimesUs: object expected";
                    let key = $Object.keys(message.writeTimesUs);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isInteger(message.writeTimesUs[key[i]]) && !(message.writeTimesUs[key[i]] && $util.isInteger(message.writeTimesUs[key[i]].low) && $util.isInteger(message.writeTimesUs[key[i]].high)))
                            return "writeTimesUs: integer|Long{k:string} expected";
                }
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                    if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                        return "generation: integer|Long expected";
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    if (!$util.isObject(message.labels))
                        return "labels: object expected";
                    let key = $Object.keys(message.labels);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.labels[key[i]]))
                            return "labels: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates an ObjectMeta message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.ObjectMeta
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.ObjectMeta} ObjectMeta
             */
            ObjectMeta.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.ObjectMeta)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.ObjectMeta: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.ObjectMeta();
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.uid != null)
                    if (typeof object.uid !== "string" || object.uid.length)
                        message.uid = $String(object.uid);
                if (object.createTimeUs != null)
                    if (typeof object.createTimeUs === "object" ? object.createTimeUs.low || object.createTimeUs.high : $Number(object.createTimeUs) !== 0)
                        if ($util.Long)
                            message.createTimeUs = $util.Long.fromValue(object.createTimeUs, false);
                        else if (typeof object.createTimeUs === "string")
                            message.createTimeUs = $parseInt(object.createTimeUs, 10);
                        else if (typeof object.createTimeUs === "number")
                            message.createTimeUs = object.createTimeUs;
                        else if (typeof object.createTimeUs === "object")
                            message.createTimeUs = new $util.LongBits(object.createTimeUs.low >>> 0, object.createTimeUs.high >>> 0).toNumber();
                if (object.writeTimesUs) {
                    if (!$util.isObject(object.writeTimesUs))
                        throw $TypeError(".jetnet.v1.ObjectMeta.writeTimesUs: object expected");
                    message.writeTimesUs = {};
                    for (let keys = $Object.keys(object.writeTimesUs), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.writeTimesUs, keys[i]);
                        if ($util.Long)
                            message.writeTimesUs[keys[i]] = $util.Long.fromValue(object.writeTimesUs[keys[i]], false);
                        else if (typeof object.writeTimesUs[keys[i]] === "string")
                            message.writeTimesUs[keys[i]] = $parseInt(object.writeTimesUs[keys[i]], 10);
                        else if (typeof object.writeTimesUs[keys[i]] === "number")
                            message.writeTimesUs[keys[i]] = object.writeTimesUs[keys[i]];
                        else if (typeof object.writeTimesUs[keys[i]] === "object")
                            message.writeTimesUs[keys[i]] = new $util.LongBits(object.writeTimesUs[keys[i]].low >>> 0, object.writeTimesUs[keys[i]].high >>> 0).toNumber();
                    }
                }
                if (object.generation != null)
                    if (typeof object.generation === "object" ? object.generation.low || object.generation.high : $Number(object.generation) !== 0)
                        if ($util.Long)
                            message.generation = $util.Long.fromValue(object.generation, false);
                        else if (typeof object.generation === "string")
                            message.generation = $parseInt(object.generation, 10);
                        else if (typeof object.generation === "number")
                            message.generation = object.generation;
                        else if (typeof object.generation === "object")
                            message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber();
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".jetnet.v1.ObjectMeta.labels: object expected");
                    message.labels = {};
                    for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an ObjectMeta message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.ObjectMeta
             * @static
             * @param {jetnet.v1.ObjectMeta} message ObjectMeta
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ObjectMeta.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults) {
                    object.writeTimesUs = {};
                    object.labels = {};
                }
                if (options.defaults) {
                    object.namespace = "";
                    object.name = "";
                    object.uid = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.createTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                if (message.createTimeUs != null && $Object.hasOwnProperty.call(message, "createTimeUs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createTimeUs = typeof message.createTimeUs === "number" ? $BigInt(message.createTimeUs) : $util.Long.fromBits(message.createTimeUs.low >>> 0, message.createTimeUs.high >>> 0, false).toBigInt();
                    else if (typeof message.createTimeUs === "number")
                        object.createTimeUs = options.longs === $String ? $String(message.createTimeUs) : message.createTimeUs;
                    else
                        object.createTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.createTimeUs) : options.longs === $Number ? new $util.LongBits(message.createTimeUs.low >>> 0, message.createTimeUs.high >>> 0).toNumber() : message.createTimeUs;
                let keys2;
                if (message.writeTimesUs && (keys2 = $Object.keys(message.writeTimesUs)).length) {
                    object.writeTimesUs = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.writeTimesUs, keys2[j]);
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.writeTimesUs[keys2[j]] = typeof message.writeTimesUs[keys2[j]] === "number" ? $BigInt(message.writeTimesUs[keys2[j]]) : $util.Long.fromBits(message.writeTimesUs[keys2[j]].low >>> 0, message.writeTimesUs[keys2[j]].high >>> 0, false).toBigInt();
                        else if (typeof message.writeTimesUs[keys2[j]] === "number")
                            object.writeTimesUs[keys2[j]] = options.longs === $String ? $String(message.writeTimesUs[keys2[j]]) : message.writeTimesUs[keys2[j]];
                        else
                            object.writeTimesUs[keys2[j]] = options.longs === $String ? $util.Long.prototype.toString.call(message.writeTimesUs[keys2[j]]) : options.longs === $Number ? new $util.LongBits(message.writeTimesUs[keys2[j]].low >>> 0, message.writeTimesUs[keys2[j]].high >>> 0).toNumber() : message.writeTimesUs[keys2[j]];
                    }
                }
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.generation = typeof message.generation === "number" ? $BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, false).toBigInt();
                    else if (typeof message.generation === "number")
                        object.generation = options.longs === $String ? $String(message.generation) : message.generation;
                    else
                        object.generation = options.longs === $String ? $util.Long.prototype.toString.call(message.generation) : options.longs === $Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber() : message.generation;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this ObjectMeta to JSON.
             * @function toJSON
             * @memberof jetnet.v1.ObjectMeta
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ObjectMeta.prototype.toJSON = function() {
                return ObjectMeta.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ObjectMeta
             * @function getTypeUrl
             * @memberof jetnet.v1.ObjectMeta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ObjectMeta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.ObjectMeta";
            };

            return ObjectMeta;
        })();

        v1.SubnetSpec = (function() {

            /**
             * Properties of a SubnetSpec.
             * @typedef {Object} jetnet.v1.SubnetSpec.$Properties
             * @property {number|null} [vni] VXLAN network id, 1..2^21-1. Immutable.
             * @property {string|null} [cidr] IPv4 CIDR inside RFC 1918, e.g. "10.1.0.0/24". Immutable.
             * @property {Array.<string>|null} [exclude] Addresses never leased: "a.b.c.d", a range "a.b.c.d-e.f.g.h" or a CIDR. A static request
             * for one is refused; an update may not add an exclusion over an address in use.
             * @property {string|null} [gateway] Optional gateway address inside cidr; never leased, statically or dynamically. Empty = none.
             * An update may not move it onto an address in use.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubnetSpec.
             * @memberof jetnet.v1
             * @interface ISubnetSpec
             * @augments jetnet.v1.SubnetSpec.$Properties
             * @deprecated Use jetnet.v1.SubnetSpec.$Properties instead.
             */

            /**
             * Shape of a SubnetSpec.
             * @typedef {jetnet.v1.SubnetSpec.$Properties} jetnet.v1.SubnetSpec.$Shape
             */

            /**
             * Constructs a new SubnetSpec.
             * @memberof jetnet.v1
             * @classdesc What the tenant asks for. vni and cidr are immutable after create.
             * @constructor
             * @param {jetnet.v1.SubnetSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubnetSpec = function (properties) {
                this.exclude = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VXLAN network id, 1..2^21-1. Immutable.
             * @member {number} vni
             * @memberof jetnet.v1.SubnetSpec
             * @instance
             */
            SubnetSpec.prototype.vni = 0;

            /**
             * IPv4 CIDR inside RFC 1918, e.g. "10.1.0.0/24". Immutable.
             * @member {string} cidr
             * @memberof jetnet.v1.SubnetSpec
             * @instance
             */
            SubnetSpec.prototype.cidr = "";

            /**
             * Addresses never leased: "a.b.c.d", a range "a.b.c.d-e.f.g.h" or a CIDR. A static request
             * for one is refused; an update may not add an exclusion over an address in use.
             * @member {Array.<string>} exclude
             * @memberof jetnet.v1.SubnetSpec
             * @instance
             */
            SubnetSpec.prototype.exclude = $util.emptyArray;

            /**
             * Optional gateway address inside cidr; never leased, statically or dynamically. Empty = none.
             * An update may not move it onto an address in use.
             * @member {string} gateway
             * @memberof jetnet.v1.SubnetSpec
             * @instance
             */
            SubnetSpec.prototype.gateway = "";

            /**
             * Creates a new SubnetSpec instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.SubnetSpec
             * @static
             * @param {jetnet.v1.SubnetSpec.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.SubnetSpec} SubnetSpec instance
             * @type {{
             *   (properties: jetnet.v1.SubnetSpec.$Shape): jetnet.v1.SubnetSpec & jetnet.v1.SubnetSpec.$Shape;
             *   (properties?: jetnet.v1.SubnetSpec.$Properties): jetnet.v1.SubnetSpec;
             * }}
             */
            SubnetSpec.create = function(properties) {
                return new SubnetSpec(properties);
            };

            /**
             * Encodes the specified SubnetSpec message. Does not implicitly {@link jetnet.v1.SubnetSpec.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.SubnetSpec
             * @static
             * @param {jetnet.v1.SubnetSpec.$Properties} message SubnetSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubnetSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.vni != null && $Object.hasOwnProperty.call(message, "vni") && message.vni !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.vni);
                if (message.cidr != null && $Object.hasOwnProperty.call(message, "cidr") && message.cidr !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.cidr);
                if (message.exclude != null && message.exclude.length)
                    for (let i = 0; i < message.exclude.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.exclude[i]);
                if (message.gateway != null && $Object.hasOwnProperty.call(message, "gateway") && message.gateway !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.gateway);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SubnetSpec message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.SubnetSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.SubnetSpec & jetnet.v1.SubnetSpec.$Shape} SubnetSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubnetSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.SubnetSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vni = value;
                            else
                                delete message.vni;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cidr = value;
                            else
                                delete message.cidr;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.exclude && message.exclude.length))
                                message.exclude = [];
                            message.exclude.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gateway = value;
                            else
                                delete message.gateway;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SubnetSpec message.
             * @function verify
             * @memberof jetnet.v1.SubnetSpec
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubnetSpec.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.vni != null && $Object.hasOwnProperty.call(message, "vni"))
                    if (!$util.isInteger(message.vni))
                        return "vni: integer expected";
                if (message.cidr != null && $Object.hasOwnProperty.call(message, "cidr"))
                    if (!$util.isString(message.cidr))
                        return "cidr: string expected";
                if (message.exclude != null && $Object.hasOwnProperty.call(message, "exclude")) {
                    if (!$Array.isArray(message.exclude))
                        return "exclude: array expected";
                    for (let i = 0; i < message.exclude.length; ++i)
                        if (!$util.isString(message.exclude[i]))
                            return "exclude: string[] expected";
                }
                if (message.gateway != null && $Object.hasOwnProperty.call(message, "gateway"))
                    if (!$util.isString(message.gateway))
                        return "gateway: string expected";
                return null;
            };

            /**
             * Creates a SubnetSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.SubnetSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.SubnetSpec} SubnetSpec
             */
            SubnetSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.SubnetSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.SubnetSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.SubnetSpec();
                if (object.vni != null)
                    if ($Number(object.vni) !== 0)
                        message.vni = object.vni >>> 0;
                if (object.cidr != null)
                    if (typeof object.cidr !== "string" || object.cidr.length)
                        message.cidr = $String(object.cidr);
                if (object.exclude) {
                    if (!$Array.isArray(object.exclude))
                        throw $TypeError(".jetnet.v1.SubnetSpec.exclude: array expected");
                    message.exclude = $Array(object.exclude.length);
                    for (let i = 0; i < object.exclude.length; ++i)
                        message.exclude[i] = $String(object.exclude[i]);
                }
                if (object.gateway != null)
                    if (typeof object.gateway !== "string" || object.gateway.length)
                        message.gateway = $String(object.gateway);
                return message;
            };

            /**
             * Creates a plain object from a SubnetSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.SubnetSpec
             * @static
             * @param {jetnet.v1.SubnetSpec} message SubnetSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubnetSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.exclude = [];
                if (options.defaults) {
                    object.vni = 0;
                    object.cidr = "";
                    object.gateway = "";
                }
                if (message.vni != null && $Object.hasOwnProperty.call(message, "vni"))
                    object.vni = message.vni;
                if (message.cidr != null && $Object.hasOwnProperty.call(message, "cidr"))
                    object.cidr = message.cidr;
                if (message.exclude && message.exclude.length) {
                    object.exclude = $Array(message.exclude.length);
                    for (let j = 0; j < message.exclude.length; ++j)
                        object.exclude[j] = message.exclude[j];
                }
                if (message.gateway != null && $Object.hasOwnProperty.call(message, "gateway"))
                    object.gateway = message.gateway;
                return object;
            };

            /**
             * Converts this SubnetSpec to JSON.
             * @function toJSON
             * @memberof jetnet.v1.SubnetSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubnetSpec.prototype.toJSON = function() {
                return SubnetSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubnetSpec
             * @function getTypeUrl
             * @memberof jetnet.v1.SubnetSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubnetSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.SubnetSpec";
            };

            return SubnetSpec;
        })();

        v1.SubnetStatus = (function() {

            /**
             * Properties of a SubnetStatus.
             * @typedef {Object} jetnet.v1.SubnetStatus.$Properties
             * @property {boolean|null} [validated] True once the subnet holds its VNI claim; monotonic (never goes back to false).
             * @property {Array.<string>|null} [errors] Why the subnet is not (yet) validated, e.g. an overlapping CIDR in the same VNI.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubnetStatus.
             * @memberof jetnet.v1
             * @interface ISubnetStatus
             * @augments jetnet.v1.SubnetStatus.$Properties
             * @deprecated Use jetnet.v1.SubnetStatus.$Properties instead.
             */

            /**
             * Shape of a SubnetStatus.
             * @typedef {jetnet.v1.SubnetStatus.$Properties} jetnet.v1.SubnetStatus.$Shape
             */

            /**
             * Constructs a new SubnetStatus.
             * @memberof jetnet.v1
             * @classdesc Written only by the services (the subnet validator), never by clients.
             * @constructor
             * @param {jetnet.v1.SubnetStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubnetStatus = function (properties) {
                this.errors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * True once the subnet holds its VNI claim; monotonic (never goes back to false).
             * @member {boolean} validated
             * @memberof jetnet.v1.SubnetStatus
             * @instance
             */
            SubnetStatus.prototype.validated = false;

            /**
             * Why the subnet is not (yet) validated, e.g. an overlapping CIDR in the same VNI.
             * @member {Array.<string>} errors
             * @memberof jetnet.v1.SubnetStatus
             * @instance
             */
            SubnetStatus.prototype.errors = $util.emptyArray;

            /**
             * Creates a new SubnetStatus instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.SubnetStatus
             * @static
             * @param {jetnet.v1.SubnetStatus.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.SubnetStatus} SubnetStatus instance
             * @type {{
             *   (properties: jetnet.v1.SubnetStatus.$Shape): jetnet.v1.SubnetStatus & jetnet.v1.SubnetStatus.$Shape;
             *   (properties?: jetnet.v1.SubnetStatus.$Properties): jetnet.v1.SubnetStatus;
             * }}
             */
            SubnetStatus.create = function(properties) {
                return new SubnetStatus(properties);
            };

            /**
             * Encodes the specified SubnetStatus message. Does not implicitly {@link jetnet.v1.SubnetStatus.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.SubnetStatus
             * @static
             * @param {jetnet.v1.SubnetStatus.$Properties} message SubnetStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubnetStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.validated != null && $Object.hasOwnProperty.call(message, "validated") && message.validated !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.validated);
                if (message.errors != null && message.errors.length)
                    for (let i = 0; i < message.errors.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.errors[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SubnetStatus message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.SubnetStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.SubnetStatus & jetnet.v1.SubnetStatus.$Shape} SubnetStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubnetStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.SubnetStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.validated = value;
                            else
                                delete message.validated;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.errors && message.errors.length))
                                message.errors = [];
                            message.errors.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SubnetStatus message.
             * @function verify
             * @memberof jetnet.v1.SubnetStatus
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubnetStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.validated != null && $Object.hasOwnProperty.call(message, "validated"))
                    if (typeof message.validated !== "boolean")
                        return "validated: boolean expected";
                if (message.errors != null && $Object.hasOwnProperty.call(message, "errors")) {
                    if (!$Array.isArray(message.errors))
                        return "errors: array expected";
                    for (let i = 0; i < message.errors.length; ++i)
                        if (!$util.isString(message.errors[i]))
                            return "errors: string[] expected";
                }
                return null;
            };

            /**
             * Creates a SubnetStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.SubnetStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.SubnetStatus} SubnetStatus
             */
            SubnetStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.SubnetStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.SubnetStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.SubnetStatus();
                if (object.validated != null)
                    if (object.validated)
                        message.validated = $Boolean(object.validated);
                if (object.errors) {
                    if (!$Array.isArray(object.errors))
                        throw $TypeError(".jetnet.v1.SubnetStatus.errors: array expected");
                    message.errors = $Array(object.errors.length);
                    for (let i = 0; i < object.errors.length; ++i)
                        message.errors[i] = $String(object.errors[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a SubnetStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.SubnetStatus
             * @static
             * @param {jetnet.v1.SubnetStatus} message SubnetStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubnetStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.errors = [];
                if (options.defaults)
                    object.validated = false;
                if (message.validated != null && $Object.hasOwnProperty.call(message, "validated"))
                    object.validated = message.validated;
                if (message.errors && message.errors.length) {
                    object.errors = $Array(message.errors.length);
                    for (let j = 0; j < message.errors.length; ++j)
                        object.errors[j] = message.errors[j];
                }
                return object;
            };

            /**
             * Converts this SubnetStatus to JSON.
             * @function toJSON
             * @memberof jetnet.v1.SubnetStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubnetStatus.prototype.toJSON = function() {
                return SubnetStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubnetStatus
             * @function getTypeUrl
             * @memberof jetnet.v1.SubnetStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubnetStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.SubnetStatus";
            };

            return SubnetStatus;
        })();

        v1.Subnet = (function() {

            /**
             * Properties of a Subnet.
             * @typedef {Object} jetnet.v1.Subnet.$Properties
             * @property {jetnet.v1.ObjectMeta.$Properties|null} [meta] Subnet meta
             * @property {jetnet.v1.SubnetSpec.$Properties|null} [spec] Subnet spec
             * @property {jetnet.v1.SubnetStatus.$Properties|null} [status] Subnet status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Subnet.
             * @memberof jetnet.v1
             * @interface ISubnet
             * @augments jetnet.v1.Subnet.$Properties
             * @deprecated Use jetnet.v1.Subnet.$Properties instead.
             */

            /**
             * Shape of a Subnet.
             * @typedef {jetnet.v1.Subnet.$Properties} jetnet.v1.Subnet.$Shape
             */

            /**
             * Constructs a new Subnet.
             * @memberof jetnet.v1
             * @classdesc Key in bucket jetnet-subnets: <namespace>.<name>.
             * @constructor
             * @param {jetnet.v1.Subnet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Subnet = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Subnet meta.
             * @member {jetnet.v1.ObjectMeta.$Properties|null|undefined} meta
             * @memberof jetnet.v1.Subnet
             * @instance
             */
            Subnet.prototype.meta = null;

            /**
             * Subnet spec.
             * @member {jetnet.v1.SubnetSpec.$Properties|null|undefined} spec
             * @memberof jetnet.v1.Subnet
             * @instance
             */
            Subnet.prototype.spec = null;

            /**
             * Subnet status.
             * @member {jetnet.v1.SubnetStatus.$Properties|null|undefined} status
             * @memberof jetnet.v1.Subnet
             * @instance
             */
            Subnet.prototype.status = null;

            /**
             * Creates a new Subnet instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.Subnet
             * @static
             * @param {jetnet.v1.Subnet.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.Subnet} Subnet instance
             * @type {{
             *   (properties: jetnet.v1.Subnet.$Shape): jetnet.v1.Subnet & jetnet.v1.Subnet.$Shape;
             *   (properties?: jetnet.v1.Subnet.$Properties): jetnet.v1.Subnet;
             * }}
             */
            Subnet.create = function(properties) {
                return new Subnet(properties);
            };

            /**
             * Encodes the specified Subnet message. Does not implicitly {@link jetnet.v1.Subnet.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.Subnet
             * @static
             * @param {jetnet.v1.Subnet.$Properties} message Subnet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Subnet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.jetnet.v1.ObjectMeta.encode(message.meta, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    $root.jetnet.v1.SubnetSpec.encode(message.spec, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.jetnet.v1.SubnetStatus.encode(message.status, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Subnet message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.Subnet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.Subnet & jetnet.v1.Subnet.$Shape} Subnet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Subnet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.Subnet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.meta = $root.jetnet.v1.ObjectMeta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.spec = $root.jetnet.v1.SubnetSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.jetnet.v1.SubnetStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Subnet message.
             * @function verify
             * @memberof jetnet.v1.Subnet
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Subnet.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta")) {
                    let error = $root.jetnet.v1.ObjectMeta.verify(message.meta, _depth + 1);
                    if (error)
                        return "meta." + error;
                }
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec")) {
                    let error = $root.jetnet.v1.SubnetSpec.verify(message.spec, _depth + 1);
                    if (error)
                        return "spec." + error;
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    let error = $root.jetnet.v1.SubnetStatus.verify(message.status, _depth + 1);
                    if (error)
                        return "status." + error;
                }
                return null;
            };

            /**
             * Creates a Subnet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.Subnet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.Subnet} Subnet
             */
            Subnet.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.Subnet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.Subnet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.Subnet();
                if (object.meta != null) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".jetnet.v1.Subnet.meta: object expected");
                    message.meta = $root.jetnet.v1.ObjectMeta.fromObject(object.meta, _depth + 1);
                }
                if (object.spec != null) {
                    if (!$util.isObject(object.spec))
                        throw $TypeError(".jetnet.v1.Subnet.spec: object expected");
                    message.spec = $root.jetnet.v1.SubnetSpec.fromObject(object.spec, _depth + 1);
                }
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".jetnet.v1.Subnet.status: object expected");
                    message.status = $root.jetnet.v1.SubnetStatus.fromObject(object.status, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Subnet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.Subnet
             * @static
             * @param {jetnet.v1.Subnet} message Subnet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Subnet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.meta = null;
                    object.spec = null;
                    object.status = null;
                }
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = $root.jetnet.v1.ObjectMeta.toObject(message.meta, options, _depth + 1);
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    object.spec = $root.jetnet.v1.SubnetSpec.toObject(message.spec, options, _depth + 1);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.jetnet.v1.SubnetStatus.toObject(message.status, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Subnet to JSON.
             * @function toJSON
             * @memberof jetnet.v1.Subnet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Subnet.prototype.toJSON = function() {
                return Subnet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Subnet
             * @function getTypeUrl
             * @memberof jetnet.v1.Subnet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Subnet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.Subnet";
            };

            return Subnet;
        })();

        v1.Mapping = (function() {

            /**
             * Properties of a Mapping.
             * @typedef {Object} jetnet.v1.Mapping.$Properties
             * @property {number|null} [vni] Mapping vni
             * @property {string|null} [ip] Mapping ip
             * @property {string|null} [mac] Mapping mac
             * @property {string|null} [hostIp] Underlay address of the attachment's node (VXLAN tunnel endpoint).
             * @property {string|null} [namespace] Mapping namespace
             * @property {string|null} [name] Mapping name
             * @property {string|null} [uid] Mapping uid
             * @property {number|null} [sourceRevision] KV revision of the source attachment: a reader applies a newer value over an older one and
             * ignores an older one, whichever path (snapshot or live) delivered it first.
             * @property {string|null} [node] Mapping node
             * @property {number|null} [clientWriteUs] Server time (µs) of the attachment's latest client write, for end-to-end latency metrics.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Mapping.
             * @memberof jetnet.v1
             * @interface IMapping
             * @augments jetnet.v1.Mapping.$Properties
             * @deprecated Use jetnet.v1.Mapping.$Properties instead.
             */

            /**
             * Shape of a Mapping.
             * @typedef {jetnet.v1.Mapping.$Properties} jetnet.v1.Mapping.$Shape
             */

            /**
             * Constructs a new Mapping.
             * @memberof jetnet.v1
             * @classdesc A guest -> host mapping, the remote view of an implemented attachment.
             * Key in bucket jetnet-map: <vni>.<namespace>.<name>.
             * @constructor
             * @param {jetnet.v1.Mapping.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Mapping = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Mapping vni.
             * @member {number} vni
             * @memberof jetnet.v1.Mapping
             * @instance
             */
            Mapping.prototype.vni = 0;

            /**
             * Mapping ip.
             * @member {string} ip
             * @memberof jetnet.v1.Mapping
             * @instance
             */
            Mapping.prototype.ip = "";

            /**
             * Mapping mac.
             * @member {string} mac
             * @memberof jetnet.v1.Mapping
             * @instance
             */
            Mapping.prototype.mac = "";

            /**
             * Underlay address of the attachment's node (VXLAN tunnel endpoint).
             * @member {string} hostIp
             * @memberof jetnet.v1.Mapping
             * @instance
             */
            Mapping.prototype.hostIp = "";

            /**
             * Mapping namespace.
             * @member {string} namespace
             * @memberof jetnet.v1.Mapping
             * @instance
             */
            Mapping.prototype.namespace = "";

            /**
             * Mapping name.
             * @member {string} name
             * @memberof jetnet.v1.Mapping
             * @instance
             */
            Mapping.prototype.name = "";

            /**
             * Mapping uid.
             * @member {string} uid
             * @memberof jetnet.v1.Mapping
             * @instance
             */
            Mapping.prototype.uid = "";

            /**
             * KV revision of the source attachment: a reader applies a newer value over an older one and
             * ignores an older one, whichever path (snapshot or live) delivered it first.
             * @member {number} sourceRevision
             * @memberof jetnet.v1.Mapping
             * @instance
             */
            Mapping.prototype.sourceRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Mapping node.
             * @member {string} node
             * @memberof jetnet.v1.Mapping
             * @instance
             */
            Mapping.prototype.node = "";

            /**
             * Server time (µs) of the attachment's latest client write, for end-to-end latency metrics.
             * @member {number} clientWriteUs
             * @memberof jetnet.v1.Mapping
             * @instance
             */
            Mapping.prototype.clientWriteUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Mapping instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.Mapping
             * @static
             * @param {jetnet.v1.Mapping.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.Mapping} Mapping instance
             * @type {{
             *   (properties: jetnet.v1.Mapping.$Shape): jetnet.v1.Mapping & jetnet.v1.Mapping.$Shape;
             *   (properties?: jetnet.v1.Mapping.$Properties): jetnet.v1.Mapping;
             * }}
             */
            Mapping.create = function(properties) {
                return new Mapping(properties);
            };

            /**
             * Encodes the specified Mapping message. Does not implicitly {@link jetnet.v1.Mapping.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.Mapping
             * @static
             * @param {jetnet.v1.Mapping.$Properties} message Mapping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Mapping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.vni != null && $Object.hasOwnProperty.call(message, "vni") && message.vni !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.vni);
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && message.ip !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.ip);
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.mac);
                if (message.hostIp != null && $Object.hasOwnProperty.call(message, "hostIp") && message.hostIp !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.hostIp);
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.namespace);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.name);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.uid);
                if (message.sourceRevision != null && $Object.hasOwnProperty.call(message, "sourceRevision") && (typeof message.sourceRevision === "object" ? message.sourceRevision.low || message.sourceRevision.high : message.sourceRevision !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.sourceRevision);
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.node);
                if (message.clientWriteUs != null && $Object.hasOwnProperty.call(message, "clientWriteUs") && (typeof message.clientWriteUs === "object" ? message.clientWriteUs.low || message.clientWriteUs.high : message.clientWriteUs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.clientWriteUs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Mapping message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.Mapping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.Mapping & jetnet.v1.Mapping.$Shape} Mapping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Mapping.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.Mapping();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vni = value;
                            else
                                delete message.vni;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip = value;
                            else
                                delete message.ip;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mac = value;
                            else
                                delete message.mac;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostIp = value;
                            else
                                delete message.hostIp;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sourceRevision = value;
                            else
                                delete message.sourceRevision;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.clientWriteUs = value;
                            else
                                delete message.clientWriteUs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Mapping message.
             * @function verify
             * @memberof jetnet.v1.Mapping
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Mapping.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.vni != null && $Object.hasOwnProperty.call(message, "vni"))
                    if (!$util.isInteger(message.vni))
                        return "vni: integer expected";
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    if (!$util.isString(message.ip))
                        return "ip: string expected";
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
                    if (!$util.isString(message.mac))
                        return "mac: string expected";
                if (message.hostIp != null && $Object.hasOwnProperty.call(message, "hostIp"))
                    if (!$util.isString(message.hostIp))
                        return "hostIp: string expected";
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    if (!$util.isString(message.namespace))
                        return "namespace: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    if (!$util.isString(message.uid))
                        return "uid: string expected";
                if (message.sourceRevision != null && $Object.hasOwnProperty.call(message, "sourceRevision"))
                    if (!$util.isInteger(message.sourceRevision) && !(message.sourceRevision && $util.isInteger(message.sourceRevision.low) && $util.isInteger(message.sourceRevision.high)))
                        return "sourceRevision: integer|Long expected";
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.clientWriteUs != null && $Object.hasOwnProperty.call(message, "clientWriteUs"))
                    if (!$util.isInteger(message.clientWriteUs) && !(message.clientWriteUs && $util.isInteger(message.clientWriteUs.low) && $util.isInteger(message.clientWriteUs.high)))
                        return "clientWriteUs: integer|Long expected";
                return null;
            };

            /**
             * Creates a Mapping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.Mapping
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.Mapping} Mapping
             */
            Mapping.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.Mapping)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.Mapping: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.Mapping();
                if (object.vni != null)
                    if ($Number(object.vni) !== 0)
                        message.vni = object.vni >>> 0;
                if (object.ip != null)
                    if (typeof object.ip !== "string" || object.ip.length)
                        message.ip = $String(object.ip);
                if (object.mac != null)
                    if (typeof object.mac !== "string" || object.mac.length)
                        message.mac = $String(object.mac);
                if (object.hostIp != null)
                    if (typeof object.hostIp !== "string" || object.hostIp.length)
                        message.hostIp = $String(object.hostIp);
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.uid != null)
                    if (typeof object.uid !== "string" || object.uid.length)
                        message.uid = $String(object.uid);
                if (object.sourceRevision != null)
                    if (typeof object.sourceRevision === "object" ? object.sourceRevision.low || object.sourceRevision.high : $Number(object.sourceRevision) !== 0)
                        if ($util.Long)
                            message.sourceRevision = $util.Long.fromValue(object.sourceRevision, true);
                        else if (typeof object.sourceRevision === "string")
                            message.sourceRevision = $parseInt(object.sourceRevision, 10);
                        else if (typeof object.sourceRevision === "number")
                            message.sourceRevision = object.sourceRevision;
                        else if (typeof object.sourceRevision === "object")
                            message.sourceRevision = new $util.LongBits(object.sourceRevision.low >>> 0, object.sourceRevision.high >>> 0).toNumber(true);
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.clientWriteUs != null)
                    if (typeof object.clientWriteUs === "object" ? object.clientWriteUs.low || object.clientWriteUs.high : $Number(object.clientWriteUs) !== 0)
                        if ($util.Long)
                            message.clientWriteUs = $util.Long.fromValue(object.clientWriteUs, false);
                        else if (typeof object.clientWriteUs === "string")
                            message.clientWriteUs = $parseInt(object.clientWriteUs, 10);
                        else if (typeof object.clientWriteUs === "number")
                            message.clientWriteUs = object.clientWriteUs;
                        else if (typeof object.clientWriteUs === "object")
                            message.clientWriteUs = new $util.LongBits(object.clientWriteUs.low >>> 0, object.clientWriteUs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Mapping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.Mapping
             * @static
             * @param {jetnet.v1.Mapping} message Mapping
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Mapping.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.vni = 0;
                    object.ip = "";
                    object.mac = "";
                    object.hostIp = "";
                    object.namespace = "";
                    object.name = "";
                    object.uid = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sourceRevision = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sourceRevision = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.node = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.clientWriteUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.clientWriteUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.vni != null && $Object.hasOwnProperty.call(message, "vni"))
                    object.vni = message.vni;
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    object.ip = message.ip;
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
                    object.mac = message.mac;
                if (message.hostIp != null && $Object.hasOwnProperty.call(message, "hostIp"))
                    object.hostIp = message.hostIp;
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                if (message.sourceRevision != null && $Object.hasOwnProperty.call(message, "sourceRevision"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sourceRevision = typeof message.sourceRevision === "number" ? $BigInt(message.sourceRevision) : $util.Long.fromBits(message.sourceRevision.low >>> 0, message.sourceRevision.high >>> 0, true).toBigInt();
                    else if (typeof message.sourceRevision === "number")
                        object.sourceRevision = options.longs === $String ? $String(message.sourceRevision) : message.sourceRevision;
                    else
                        object.sourceRevision = options.longs === $String ? $util.Long.prototype.toString.call(message.sourceRevision) : options.longs === $Number ? new $util.LongBits(message.sourceRevision.low >>> 0, message.sourceRevision.high >>> 0).toNumber(true) : message.sourceRevision;
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.clientWriteUs != null && $Object.hasOwnProperty.call(message, "clientWriteUs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.clientWriteUs = typeof message.clientWriteUs === "number" ? $BigInt(message.clientWriteUs) : $util.Long.fromBits(message.clientWriteUs.low >>> 0, message.clientWriteUs.high >>> 0, false).toBigInt();
                    else if (typeof message.clientWriteUs === "number")
                        object.clientWriteUs = options.longs === $String ? $String(message.clientWriteUs) : message.clientWriteUs;
                    else
                        object.clientWriteUs = options.longs === $String ? $util.Long.prototype.toString.call(message.clientWriteUs) : options.longs === $Number ? new $util.LongBits(message.clientWriteUs.low >>> 0, message.clientWriteUs.high >>> 0).toNumber() : message.clientWriteUs;
                return object;
            };

            /**
             * Converts this Mapping to JSON.
             * @function toJSON
             * @memberof jetnet.v1.Mapping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Mapping.prototype.toJSON = function() {
                return Mapping.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Mapping
             * @function getTypeUrl
             * @memberof jetnet.v1.Mapping
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Mapping.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.Mapping";
            };

            return Mapping;
        })();

        v1.NodeWork = (function() {

            /**
             * Properties of a NodeWork.
             * @typedef {Object} jetnet.v1.NodeWork.$Properties
             * @property {jetnet.v1.NetworkAttachment.$Properties|null} [attachment] NodeWork attachment
             * @property {number|null} [sourceRevision] Revision of the source attachment (see Mapping.source_revision).
             * @property {Array.<jetnet.v1.Mapping.$Properties>|null} [peers] Only in an announcement of the node's first work in the attachment's VNI: the VNI's
             * mappings at that moment (at most a few hundred; none when the VNI has more), so the agent
             * starts following the VNI without asking for a snapshot. Never held in a view.
             * @property {number|null} [peersRevision] With peers: the revision of the last announcement on the VNI's feed they include (0: none
             * yet), from which the agent judges the next one's predecessor. Also set when peers is empty.
             * @property {boolean|null} [peersComplete] With peers: whether peers were included at all (an empty VNI sends none but is complete).
             * @property {boolean|null} [mapFeedBatched] Set by a mapping service that sends every announcement on a VNI's feed as a FeedBatch on
             * `jetnet.feed.v1.jetnet-map.<vni>._batch`: the agent may then follow the VNI with that one
             * literal subject instead of `<vni>.>`. nats-server pays for a wildcard subscription, made or
             * removed, with a pass over its subject cache, and an agent subscribes and unsubscribes once
             * for nearly every attachment where networks are small. Without it, the wildcard.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeWork.
             * @memberof jetnet.v1
             * @interface INodeWork
             * @augments jetnet.v1.NodeWork.$Properties
             * @deprecated Use jetnet.v1.NodeWork.$Properties instead.
             */

            /**
             * Shape of a NodeWork.
             * @typedef {jetnet.v1.NodeWork.$Properties} jetnet.v1.NodeWork.$Shape
             */

            /**
             * Constructs a new NodeWork.
             * @memberof jetnet.v1
             * @classdesc A node's local work item. Key on feed jetnet-node: <node token>.<namespace>.<name>, where
             * the node token is the node name with dots replaced by underscores (node names are DNS names,
             * which never contain underscores), so one node's keys never match another node's filter.
             * @constructor
             * @param {jetnet.v1.NodeWork.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeWork = function (properties) {
                this.peers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeWork attachment.
             * @member {jetnet.v1.NetworkAttachment.$Properties|null|undefined} attachment
             * @memberof jetnet.v1.NodeWork
             * @instance
             */
            NodeWork.prototype.attachment = null;

            /**
             * Revision of the source attachment (see Mapping.source_revision).
             * @member {number} sourceRevision
             * @memberof jetnet.v1.NodeWork
             * @instance
             */
            NodeWork.prototype.sourceRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Only in an announcement of the node's first work in the attachment's VNI: the VNI's
             * mappings at that moment (at most a few hundred; none when the VNI has more), so the agent
             * starts following the VNI without asking for a snapshot. Never held in a view.
             * @member {Array.<jetnet.v1.Mapping.$Properties>} peers
             * @memberof jetnet.v1.NodeWork
             * @instance
             */
            NodeWork.prototype.peers = $util.emptyArray;

            /**
             * With peers: the revision of the last announcement on the VNI's feed they include (0: none
             * yet), from which the agent judges the next one's predecessor. Also set when peers is empty.
             * @member {number} peersRevision
             * @memberof jetnet.v1.NodeWork
             * @instance
             */
            NodeWork.prototype.peersRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * With peers: whether peers were included at all (an empty VNI sends none but is complete).
             * @member {boolean} peersComplete
             * @memberof jetnet.v1.NodeWork
             * @instance
             */
            NodeWork.prototype.peersComplete = false;

            /**
             * Set by a mapping service that sends every announcement on a VNI's feed as a FeedBatch on
             * `jetnet.feed.v1.jetnet-map.<vni>._batch`: the agent may then follow the VNI with that one
             * literal subject instead of `<vni>.>`. nats-server pays for a wildcard subscription, made or
             * removed, with a pass over its subject cache, and an agent subscribes and unsubscribes once
             * for nearly every attachment where networks are small. Without it, the wildcard.
             * @member {boolean} mapFeedBatched
             * @memberof jetnet.v1.NodeWork
             * @instance
             */
            NodeWork.prototype.mapFeedBatched = false;

            /**
             * Creates a new NodeWork instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.NodeWork
             * @static
             * @param {jetnet.v1.NodeWork.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.NodeWork} NodeWork instance
             * @type {{
             *   (properties: jetnet.v1.NodeWork.$Shape): jetnet.v1.NodeWork & jetnet.v1.NodeWork.$Shape;
             *   (properties?: jetnet.v1.NodeWork.$Properties): jetnet.v1.NodeWork;
             * }}
             */
            NodeWork.create = function(properties) {
                return new NodeWork(properties);
            };

            /**
             * Encodes the specified NodeWork message. Does not implicitly {@link jetnet.v1.NodeWork.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.NodeWork
             * @static
             * @param {jetnet.v1.NodeWork.$Properties} message NodeWork message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeWork.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment"))
                    $root.jetnet.v1.NetworkAttachment.encode(message.attachment, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.sourceRevision != null && $Object.hasOwnProperty.call(message, "sourceRevision") && (typeof message.sourceRevision === "object" ? message.sourceRevision.low || message.sourceRevision.high : message.sourceRevision !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sourceRevision);
                if (message.peers != null && message.peers.length)
                    for (let i = 0; i < message.peers.length; ++i)
                        $root.jetnet.v1.Mapping.encode(message.peers[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.peersRevision != null && $Object.hasOwnProperty.call(message, "peersRevision") && (typeof message.peersRevision === "object" ? message.peersRevision.low || message.peersRevision.high : message.peersRevision !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.peersRevision);
                if (message.peersComplete != null && $Object.hasOwnProperty.call(message, "peersComplete") && message.peersComplete !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.peersComplete);
                if (message.mapFeedBatched != null && $Object.hasOwnProperty.call(message, "mapFeedBatched") && message.mapFeedBatched !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.mapFeedBatched);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NodeWork message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.NodeWork
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.NodeWork & jetnet.v1.NodeWork.$Shape} NodeWork
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeWork.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.NodeWork();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.attachment = $root.jetnet.v1.NetworkAttachment.decode(reader, reader.size(), $undefined, _depth + 1, message.attachment);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sourceRevision = value;
                            else
                                delete message.sourceRevision;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.peers && message.peers.length))
                                message.peers = [];
                            message.peers.push($root.jetnet.v1.Mapping.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.peersRevision = value;
                            else
                                delete message.peersRevision;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.peersComplete = value;
                            else
                                delete message.peersComplete;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.mapFeedBatched = value;
                            else
                                delete message.mapFeedBatched;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a NodeWork message.
             * @function verify
             * @memberof jetnet.v1.NodeWork
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NodeWork.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment")) {
                    let error = $root.jetnet.v1.NetworkAttachment.verify(message.attachment, _depth + 1);
                    if (error)
                        return "attachment." + error;
                }
                if (message.sourceRevision != null && $Object.hasOwnProperty.call(message, "sourceRevision"))
                    if (!$util.isInteger(message.sourceRevision) && !(message.sourceRevision && $util.isInteger(message.sourceRevision.low) && $util.isInteger(message.sourceRevision.high)))
                        return "sourceRevision: integer|Long expected";
                if (message.peers != null && $Object.hasOwnProperty.call(message, "peers")) {
                    if (!$Array.isArray(message.peers))
                        return "peers: array expected";
                    for (let i = 0; i < message.peers.length; ++i) {
                        let error = $root.jetnet.v1.Mapping.verify(message.peers[i], _depth + 1);
                        if (error)
                            return "peers." + error;
                    }
                }
                if (message.peersRevision != null && $Object.hasOwnProperty.call(message, "peersRevision"))
                    if (!$util.isInteger(message.peersRevision) && !(message.peersRevision && $util.isInteger(message.peersRevision.low) && $util.isInteger(message.peersRevision.high)))
                        return "peersRevision: integer|Long expected";
                if (message.peersComplete != null && $Object.hasOwnProperty.call(message, "peersComplete"))
                    if (typeof message.peersComplete !== "boolean")
                        return "peersComplete: boolean expected";
                if (message.mapFeedBatched != null && $Object.hasOwnProperty.call(message, "mapFeedBatched"))
                    if (typeof message.mapFeedBatched !== "boolean")
                        return "mapFeedBatched: boolean expected";
                return null;
            };

            /**
             * Creates a NodeWork message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.NodeWork
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.NodeWork} NodeWork
             */
            NodeWork.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.NodeWork)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.NodeWork: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.NodeWork();
                if (object.attachment != null) {
                    if (!$util.isObject(object.attachment))
                        throw $TypeError(".jetnet.v1.NodeWork.attachment: object expected");
                    message.attachment = $root.jetnet.v1.NetworkAttachment.fromObject(object.attachment, _depth + 1);
                }
                if (object.sourceRevision != null)
                    if (typeof object.sourceRevision === "object" ? object.sourceRevision.low || object.sourceRevision.high : $Number(object.sourceRevision) !== 0)
                        if ($util.Long)
                            message.sourceRevision = $util.Long.fromValue(object.sourceRevision, true);
                        else if (typeof object.sourceRevision === "string")
                            message.sourceRevision = $parseInt(object.sourceRevision, 10);
                        else if (typeof object.sourceRevision === "number")
                            message.sourceRevision = object.sourceRevision;
                        else if (typeof object.sourceRevision === "object")
                            message.sourceRevision = new $util.LongBits(object.sourceRevision.low >>> 0, object.sourceRevision.high >>> 0).toNumber(true);
                if (object.peers) {
                    if (!$Array.isArray(object.peers))
                        throw $TypeError(".jetnet.v1.NodeWork.peers: array expected");
                    message.peers = $Array(object.peers.length);
                    for (let i = 0; i < object.peers.length; ++i) {
                        if (!$util.isObject(object.peers[i]))
                            throw $TypeError(".jetnet.v1.NodeWork.peers: object expected");
                        message.peers[i] = $root.jetnet.v1.Mapping.fromObject(object.peers[i], _depth + 1);
                    }
                }
                if (object.peersRevision != null)
                    if (typeof object.peersRevision === "object" ? object.peersRevision.low || object.peersRevision.high : $Number(object.peersRevision) !== 0)
                        if ($util.Long)
                            message.peersRevision = $util.Long.fromValue(object.peersRevision, true);
                        else if (typeof object.peersRevision === "string")
                            message.peersRevision = $parseInt(object.peersRevision, 10);
                        else if (typeof object.peersRevision === "number")
                            message.peersRevision = object.peersRevision;
                        else if (typeof object.peersRevision === "object")
                            message.peersRevision = new $util.LongBits(object.peersRevision.low >>> 0, object.peersRevision.high >>> 0).toNumber(true);
                if (object.peersComplete != null)
                    if (object.peersComplete)
                        message.peersComplete = $Boolean(object.peersComplete);
                if (object.mapFeedBatched != null)
                    if (object.mapFeedBatched)
                        message.mapFeedBatched = $Boolean(object.mapFeedBatched);
                return message;
            };

            /**
             * Creates a plain object from a NodeWork message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.NodeWork
             * @static
             * @param {jetnet.v1.NodeWork} message NodeWork
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeWork.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.peers = [];
                if (options.defaults) {
                    object.attachment = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sourceRevision = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sourceRevision = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.peersRevision = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.peersRevision = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.peersComplete = false;
                    object.mapFeedBatched = false;
                }
                if (message.attachment != null && $Object.hasOwnProperty.call(message, "attachment"))
                    object.attachment = $root.jetnet.v1.NetworkAttachment.toObject(message.attachment, options, _depth + 1);
                if (message.sourceRevision != null && $Object.hasOwnProperty.call(message, "sourceRevision"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sourceRevision = typeof message.sourceRevision === "number" ? $BigInt(message.sourceRevision) : $util.Long.fromBits(message.sourceRevision.low >>> 0, message.sourceRevision.high >>> 0, true).toBigInt();
                    else if (typeof message.sourceRevision === "number")
                        object.sourceRevision = options.longs === $String ? $String(message.sourceRevision) : message.sourceRevision;
                    else
                        object.sourceRevision = options.longs === $String ? $util.Long.prototype.toString.call(message.sourceRevision) : options.longs === $Number ? new $util.LongBits(message.sourceRevision.low >>> 0, message.sourceRevision.high >>> 0).toNumber(true) : message.sourceRevision;
                if (message.peers && message.peers.length) {
                    object.peers = $Array(message.peers.length);
                    for (let j = 0; j < message.peers.length; ++j)
                        object.peers[j] = $root.jetnet.v1.Mapping.toObject(message.peers[j], options, _depth + 1);
                }
                if (message.peersRevision != null && $Object.hasOwnProperty.call(message, "peersRevision"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.peersRevision = typeof message.peersRevision === "number" ? $BigInt(message.peersRevision) : $util.Long.fromBits(message.peersRevision.low >>> 0, message.peersRevision.high >>> 0, true).toBigInt();
                    else if (typeof message.peersRevision === "number")
                        object.peersRevision = options.longs === $String ? $String(message.peersRevision) : message.peersRevision;
                    else
                        object.peersRevision = options.longs === $String ? $util.Long.prototype.toString.call(message.peersRevision) : options.longs === $Number ? new $util.LongBits(message.peersRevision.low >>> 0, message.peersRevision.high >>> 0).toNumber(true) : message.peersRevision;
                if (message.peersComplete != null && $Object.hasOwnProperty.call(message, "peersComplete"))
                    object.peersComplete = message.peersComplete;
                if (message.mapFeedBatched != null && $Object.hasOwnProperty.call(message, "mapFeedBatched"))
                    object.mapFeedBatched = message.mapFeedBatched;
                return object;
            };

            /**
             * Converts this NodeWork to JSON.
             * @function toJSON
             * @memberof jetnet.v1.NodeWork
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeWork.prototype.toJSON = function() {
                return NodeWork.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeWork
             * @function getTypeUrl
             * @memberof jetnet.v1.NodeWork
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeWork.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.NodeWork";
            };

            return NodeWork;
        })();

        v1.SnapshotRequest = (function() {

            /**
             * Properties of a SnapshotRequest.
             * @typedef {Object} jetnet.v1.SnapshotRequest.$Properties
             * @property {string|null} [view] SnapshotRequest view
             * @property {number|null} [since] Only what changed after this announcement revision of the view (an agent that started the
             * view from a node work's peers and then missed announcements before its subscription took
             * effect). The replica that announces the view answers with a partial reply when it still
             * knows every announcement since; otherwise the reply is a whole snapshot. 0: a whole snapshot.
             * @property {number|null} [until] With since: only what changed up to this revision too (0: up to the last). The requester
             * received the view's announcements after it live: the first it received named this one as
             * its predecessor, so what it missed lies between since and here, and a reply up to the last
             * announcement would repeat what it already has.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotRequest.
             * @memberof jetnet.v1
             * @interface ISnapshotRequest
             * @augments jetnet.v1.SnapshotRequest.$Properties
             * @deprecated Use jetnet.v1.SnapshotRequest.$Properties instead.
             */

            /**
             * Shape of a SnapshotRequest.
             * @typedef {jetnet.v1.SnapshotRequest.$Properties} jetnet.v1.SnapshotRequest.$Shape
             */

            /**
             * Constructs a new SnapshotRequest.
             * @memberof jetnet.v1
             * @classdesc Snapshots and digests served from the mapping service's memory (subjects
             * jetnet.mapping.v1.snapshot and jetnet.mapping.v1.digest), so that agents catching up do not
             * cost JetStream a consumer each. A view is "map.<vni>" (bucket jetnet-map, keys <vni>.>) or
             * "node.<node token>" (bucket jetnet-node).
             * @constructor
             * @param {jetnet.v1.SnapshotRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotRequest view.
             * @member {string} view
             * @memberof jetnet.v1.SnapshotRequest
             * @instance
             */
            SnapshotRequest.prototype.view = "";

            /**
             * Only what changed after this announcement revision of the view (an agent that started the
             * view from a node work's peers and then missed announcements before its subscription took
             * effect). The replica that announces the view answers with a partial reply when it still
             * knows every announcement since; otherwise the reply is a whole snapshot. 0: a whole snapshot.
             * @member {number} since
             * @memberof jetnet.v1.SnapshotRequest
             * @instance
             */
            SnapshotRequest.prototype.since = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * With since: only what changed up to this revision too (0: up to the last). The requester
             * received the view's announcements after it live: the first it received named this one as
             * its predecessor, so what it missed lies between since and here, and a reply up to the last
             * announcement would repeat what it already has.
             * @member {number} until
             * @memberof jetnet.v1.SnapshotRequest
             * @instance
             */
            SnapshotRequest.prototype.until = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SnapshotRequest instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.SnapshotRequest
             * @static
             * @param {jetnet.v1.SnapshotRequest.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.SnapshotRequest} SnapshotRequest instance
             * @type {{
             *   (properties: jetnet.v1.SnapshotRequest.$Shape): jetnet.v1.SnapshotRequest & jetnet.v1.SnapshotRequest.$Shape;
             *   (properties?: jetnet.v1.SnapshotRequest.$Properties): jetnet.v1.SnapshotRequest;
             * }}
             */
            SnapshotRequest.create = function(properties) {
                return new SnapshotRequest(properties);
            };

            /**
             * Encodes the specified SnapshotRequest message. Does not implicitly {@link jetnet.v1.SnapshotRequest.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.SnapshotRequest
             * @static
             * @param {jetnet.v1.SnapshotRequest.$Properties} message SnapshotRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.view != null && $Object.hasOwnProperty.call(message, "view") && message.view !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.view);
                if (message.since != null && $Object.hasOwnProperty.call(message, "since") && (typeof message.since === "object" ? message.since.low || message.since.high : message.since !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.since);
                if (message.until != null && $Object.hasOwnProperty.call(message, "until") && (typeof message.until === "object" ? message.until.low || message.until.high : message.until !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.until);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.SnapshotRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.SnapshotRequest & jetnet.v1.SnapshotRequest.$Shape} SnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.SnapshotRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.view = value;
                            else
                                delete message.view;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.since = value;
                            else
                                delete message.since;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.until = value;
                            else
                                delete message.until;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SnapshotRequest message.
             * @function verify
             * @memberof jetnet.v1.SnapshotRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.view != null && $Object.hasOwnProperty.call(message, "view"))
                    if (!$util.isString(message.view))
                        return "view: string expected";
                if (message.since != null && $Object.hasOwnProperty.call(message, "since"))
                    if (!$util.isInteger(message.since) && !(message.since && $util.isInteger(message.since.low) && $util.isInteger(message.since.high)))
                        return "since: integer|Long expected";
                if (message.until != null && $Object.hasOwnProperty.call(message, "until"))
                    if (!$util.isInteger(message.until) && !(message.until && $util.isInteger(message.until.low) && $util.isInteger(message.until.high)))
                        return "until: integer|Long expected";
                return null;
            };

            /**
             * Creates a SnapshotRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.SnapshotRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.SnapshotRequest} SnapshotRequest
             */
            SnapshotRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.SnapshotRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.SnapshotRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.SnapshotRequest();
                if (object.view != null)
                    if (typeof object.view !== "string" || object.view.length)
                        message.view = $String(object.view);
                if (object.since != null)
                    if (typeof object.since === "object" ? object.since.low || object.since.high : $Number(object.since) !== 0)
                        if ($util.Long)
                            message.since = $util.Long.fromValue(object.since, true);
                        else if (typeof object.since === "string")
                            message.since = $parseInt(object.since, 10);
                        else if (typeof object.since === "number")
                            message.since = object.since;
                        else if (typeof object.since === "object")
                            message.since = new $util.LongBits(object.since.low >>> 0, object.since.high >>> 0).toNumber(true);
                if (object.until != null)
                    if (typeof object.until === "object" ? object.until.low || object.until.high : $Number(object.until) !== 0)
                        if ($util.Long)
                            message.until = $util.Long.fromValue(object.until, true);
                        else if (typeof object.until === "string")
                            message.until = $parseInt(object.until, 10);
                        else if (typeof object.until === "number")
                            message.until = object.until;
                        else if (typeof object.until === "object")
                            message.until = new $util.LongBits(object.until.low >>> 0, object.until.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a SnapshotRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.SnapshotRequest
             * @static
             * @param {jetnet.v1.SnapshotRequest} message SnapshotRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.view = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.since = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.since = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.until = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.until = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.view != null && $Object.hasOwnProperty.call(message, "view"))
                    object.view = message.view;
                if (message.since != null && $Object.hasOwnProperty.call(message, "since"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.since = typeof message.since === "number" ? $BigInt(message.since) : $util.Long.fromBits(message.since.low >>> 0, message.since.high >>> 0, true).toBigInt();
                    else if (typeof message.since === "number")
                        object.since = options.longs === $String ? $String(message.since) : message.since;
                    else
                        object.since = options.longs === $String ? $util.Long.prototype.toString.call(message.since) : options.longs === $Number ? new $util.LongBits(message.since.low >>> 0, message.since.high >>> 0).toNumber(true) : message.since;
                if (message.until != null && $Object.hasOwnProperty.call(message, "until"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.until = typeof message.until === "number" ? $BigInt(message.until) : $util.Long.fromBits(message.until.low >>> 0, message.until.high >>> 0, true).toBigInt();
                    else if (typeof message.until === "number")
                        object.until = options.longs === $String ? $String(message.until) : message.until;
                    else
                        object.until = options.longs === $String ? $util.Long.prototype.toString.call(message.until) : options.longs === $Number ? new $util.LongBits(message.until.low >>> 0, message.until.high >>> 0).toNumber(true) : message.until;
                return object;
            };

            /**
             * Converts this SnapshotRequest to JSON.
             * @function toJSON
             * @memberof jetnet.v1.SnapshotRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotRequest.prototype.toJSON = function() {
                return SnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotRequest
             * @function getTypeUrl
             * @memberof jetnet.v1.SnapshotRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.SnapshotRequest";
            };

            return SnapshotRequest;
        })();

        v1.SnapshotEntry = (function() {

            /**
             * Properties of a SnapshotEntry.
             * @typedef {Object} jetnet.v1.SnapshotEntry.$Properties
             * @property {string|null} [key] SnapshotEntry key
             * @property {Uint8Array|null} [value] The KV value as stored (an encoded Mapping or NodeWork).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotEntry.
             * @memberof jetnet.v1
             * @interface ISnapshotEntry
             * @augments jetnet.v1.SnapshotEntry.$Properties
             * @deprecated Use jetnet.v1.SnapshotEntry.$Properties instead.
             */

            /**
             * Shape of a SnapshotEntry.
             * @typedef {jetnet.v1.SnapshotEntry.$Properties} jetnet.v1.SnapshotEntry.$Shape
             */

            /**
             * Constructs a new SnapshotEntry.
             * @memberof jetnet.v1
             * @classdesc Represents a SnapshotEntry.
             * @constructor
             * @param {jetnet.v1.SnapshotEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotEntry key.
             * @member {string} key
             * @memberof jetnet.v1.SnapshotEntry
             * @instance
             */
            SnapshotEntry.prototype.key = "";

            /**
             * The KV value as stored (an encoded Mapping or NodeWork).
             * @member {Uint8Array} value
             * @memberof jetnet.v1.SnapshotEntry
             * @instance
             */
            SnapshotEntry.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new SnapshotEntry instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.SnapshotEntry
             * @static
             * @param {jetnet.v1.SnapshotEntry.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.SnapshotEntry} SnapshotEntry instance
             * @type {{
             *   (properties: jetnet.v1.SnapshotEntry.$Shape): jetnet.v1.SnapshotEntry & jetnet.v1.SnapshotEntry.$Shape;
             *   (properties?: jetnet.v1.SnapshotEntry.$Properties): jetnet.v1.SnapshotEntry;
             * }}
             */
            SnapshotEntry.create = function(properties) {
                return new SnapshotEntry(properties);
            };

            /**
             * Encodes the specified SnapshotEntry message. Does not implicitly {@link jetnet.v1.SnapshotEntry.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.SnapshotEntry
             * @static
             * @param {jetnet.v1.SnapshotEntry.$Properties} message SnapshotEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotEntry message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.SnapshotEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.SnapshotEntry & jetnet.v1.SnapshotEntry.$Shape} SnapshotEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.SnapshotEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SnapshotEntry message.
             * @function verify
             * @memberof jetnet.v1.SnapshotEntry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotEntry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    if (!$util.isString(message.key))
                        return "key: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                        return "value: buffer expected";
                return null;
            };

            /**
             * Creates a SnapshotEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.SnapshotEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.SnapshotEntry} SnapshotEntry
             */
            SnapshotEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.SnapshotEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.SnapshotEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.SnapshotEntry();
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                return message;
            };

            /**
             * Creates a plain object from a SnapshotEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.SnapshotEntry
             * @static
             * @param {jetnet.v1.SnapshotEntry} message SnapshotEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = "";
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                return object;
            };

            /**
             * Converts this SnapshotEntry to JSON.
             * @function toJSON
             * @memberof jetnet.v1.SnapshotEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotEntry.prototype.toJSON = function() {
                return SnapshotEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotEntry
             * @function getTypeUrl
             * @memberof jetnet.v1.SnapshotEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.SnapshotEntry";
            };

            return SnapshotEntry;
        })();

        v1.SnapshotReply = (function() {

            /**
             * Properties of a SnapshotReply.
             * @typedef {Object} jetnet.v1.SnapshotReply.$Properties
             * @property {Array.<jetnet.v1.SnapshotEntry.$Properties>|null} [entries] SnapshotReply entries
             * @property {jetnet.v1.Error.$Properties|null} [error] SnapshotReply error
             * @property {boolean|null} [partial] An answer to SnapshotRequest.since: entries are the keys announced after it that the view
             * holds now, removed those it no longer holds; every other key is as the requester has it.
             * @property {Array.<string>|null} [removed] SnapshotReply removed
             * @property {number|null} [revision] With partial: the view's last announcement revision the reply includes (SnapshotRequest.until
             * when that was asked for).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotReply.
             * @memberof jetnet.v1
             * @interface ISnapshotReply
             * @augments jetnet.v1.SnapshotReply.$Properties
             * @deprecated Use jetnet.v1.SnapshotReply.$Properties instead.
             */

            /**
             * Shape of a SnapshotReply.
             * @typedef {jetnet.v1.SnapshotReply.$Properties} jetnet.v1.SnapshotReply.$Shape
             */

            /**
             * Constructs a new SnapshotReply.
             * @memberof jetnet.v1
             * @classdesc Represents a SnapshotReply.
             * @constructor
             * @param {jetnet.v1.SnapshotReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotReply = function (properties) {
                this.entries = [];
                this.removed = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotReply entries.
             * @member {Array.<jetnet.v1.SnapshotEntry.$Properties>} entries
             * @memberof jetnet.v1.SnapshotReply
             * @instance
             */
            SnapshotReply.prototype.entries = $util.emptyArray;

            /**
             * SnapshotReply error.
             * @member {jetnet.v1.Error.$Properties|null|undefined} error
             * @memberof jetnet.v1.SnapshotReply
             * @instance
             */
            SnapshotReply.prototype.error = null;

            /**
             * An answer to SnapshotRequest.since: entries are the keys announced after it that the view
             * holds now, removed those it no longer holds; every other key is as the requester has it.
             * @member {boolean} partial
             * @memberof jetnet.v1.SnapshotReply
             * @instance
             */
            SnapshotReply.prototype.partial = false;

            /**
             * SnapshotReply removed.
             * @member {Array.<string>} removed
             * @memberof jetnet.v1.SnapshotReply
             * @instance
             */
            SnapshotReply.prototype.removed = $util.emptyArray;

            /**
             * With partial: the view's last announcement revision the reply includes (SnapshotRequest.until
             * when that was asked for).
             * @member {number} revision
             * @memberof jetnet.v1.SnapshotReply
             * @instance
             */
            SnapshotReply.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SnapshotReply instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.SnapshotReply
             * @static
             * @param {jetnet.v1.SnapshotReply.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.SnapshotReply} SnapshotReply instance
             * @type {{
             *   (properties: jetnet.v1.SnapshotReply.$Shape): jetnet.v1.SnapshotReply & jetnet.v1.SnapshotReply.$Shape;
             *   (properties?: jetnet.v1.SnapshotReply.$Properties): jetnet.v1.SnapshotReply;
             * }}
             */
            SnapshotReply.create = function(properties) {
                return new SnapshotReply(properties);
            };

            /**
             * Encodes the specified SnapshotReply message. Does not implicitly {@link jetnet.v1.SnapshotReply.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.SnapshotReply
             * @static
             * @param {jetnet.v1.SnapshotReply.$Properties} message SnapshotReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.jetnet.v1.SnapshotEntry.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.jetnet.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.partial != null && $Object.hasOwnProperty.call(message, "partial") && message.partial !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.partial);
                if (message.removed != null && message.removed.length)
                    for (let i = 0; i < message.removed.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.removed[i]);
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.revision);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotReply message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.SnapshotReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.SnapshotReply & jetnet.v1.SnapshotReply.$Shape} SnapshotReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.SnapshotReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.jetnet.v1.SnapshotEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.jetnet.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.partial = value;
                            else
                                delete message.partial;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.removed && message.removed.length))
                                message.removed = [];
                            message.removed.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.revision = value;
                            else
                                delete message.revision;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SnapshotReply message.
             * @function verify
             * @memberof jetnet.v1.SnapshotReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                    if (!$Array.isArray(message.entries))
                        return "entries: array expected";
                    for (let i = 0; i < message.entries.length; ++i) {
                        let error = $root.jetnet.v1.SnapshotEntry.verify(message.entries[i], _depth + 1);
                        if (error)
                            return "entries." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.jetnet.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                if (message.partial != null && $Object.hasOwnProperty.call(message, "partial"))
                    if (typeof message.partial !== "boolean")
                        return "partial: boolean expected";
                if (message.removed != null && $Object.hasOwnProperty.call(message, "removed")) {
                    if (!$Array.isArray(message.removed))
                        return "removed: array expected";
                    for (let i = 0; i < message.removed.length; ++i)
                        if (!$util.isString(message.removed[i]))
                            return "removed: string[] expected";
                }
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (!$util.isInteger(message.revision) && !(message.revision && $util.isInteger(message.revision.low) && $util.isInteger(message.revision.high)))
                        return "revision: integer|Long expected";
                return null;
            };

            /**
             * Creates a SnapshotReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.SnapshotReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.SnapshotReply} SnapshotReply
             */
            SnapshotReply.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.SnapshotReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.SnapshotReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.SnapshotReply();
                if (object.entries) {
                    if (!$Array.isArray(object.entries))
                        throw $TypeError(".jetnet.v1.SnapshotReply.entries: array expected");
                    message.entries = $Array(object.entries.length);
                    for (let i = 0; i < object.entries.length; ++i) {
                        if (!$util.isObject(object.entries[i]))
                            throw $TypeError(".jetnet.v1.SnapshotReply.entries: object expected");
                        message.entries[i] = $root.jetnet.v1.SnapshotEntry.fromObject(object.entries[i], _depth + 1);
                    }
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".jetnet.v1.SnapshotReply.error: object expected");
                    message.error = $root.jetnet.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.partial != null)
                    if (object.partial)
                        message.partial = $Boolean(object.partial);
                if (object.removed) {
                    if (!$Array.isArray(object.removed))
                        throw $TypeError(".jetnet.v1.SnapshotReply.removed: array expected");
                    message.removed = $Array(object.removed.length);
                    for (let i = 0; i < object.removed.length; ++i)
                        message.removed[i] = $String(object.removed[i]);
                }
                if (object.revision != null)
                    if (typeof object.revision === "object" ? object.revision.low || object.revision.high : $Number(object.revision) !== 0)
                        if ($util.Long)
                            message.revision = $util.Long.fromValue(object.revision, true);
                        else if (typeof object.revision === "string")
                            message.revision = $parseInt(object.revision, 10);
                        else if (typeof object.revision === "number")
                            message.revision = object.revision;
                        else if (typeof object.revision === "object")
                            message.revision = new $util.LongBits(object.revision.low >>> 0, object.revision.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a SnapshotReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.SnapshotReply
             * @static
             * @param {jetnet.v1.SnapshotReply} message SnapshotReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.entries = [];
                    object.removed = [];
                }
                if (options.defaults) {
                    object.error = null;
                    object.partial = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.revision = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.revision = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.entries && message.entries.length) {
                    object.entries = $Array(message.entries.length);
                    for (let j = 0; j < message.entries.length; ++j)
                        object.entries[j] = $root.jetnet.v1.SnapshotEntry.toObject(message.entries[j], options, _depth + 1);
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.jetnet.v1.Error.toObject(message.error, options, _depth + 1);
                if (message.partial != null && $Object.hasOwnProperty.call(message, "partial"))
                    object.partial = message.partial;
                if (message.removed && message.removed.length) {
                    object.removed = $Array(message.removed.length);
                    for (let j = 0; j < message.removed.length; ++j)
                        object.removed[j] = message.removed[j];
                }
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.revision = typeof message.revision === "number" ? $BigInt(message.revision) : $util.Long.fromBits(message.revision.low >>> 0, message.revision.high >>> 0, true).toBigInt();
                    else if (typeof message.revision === "number")
                        object.revision = options.longs === $String ? $String(message.revision) : message.revision;
                    else
                        object.revision = options.longs === $String ? $util.Long.prototype.toString.call(message.revision) : options.longs === $Number ? new $util.LongBits(message.revision.low >>> 0, message.revision.high >>> 0).toNumber(true) : message.revision;
                return object;
            };

            /**
             * Converts this SnapshotReply to JSON.
             * @function toJSON
             * @memberof jetnet.v1.SnapshotReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotReply.prototype.toJSON = function() {
                return SnapshotReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotReply
             * @function getTypeUrl
             * @memberof jetnet.v1.SnapshotReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.SnapshotReply";
            };

            return SnapshotReply;
        })();

        v1.DigestRequest = (function() {

            /**
             * Properties of a DigestRequest.
             * @typedef {Object} jetnet.v1.DigestRequest.$Properties
             * @property {Array.<string>|null} [views] DigestRequest views
             * @property {boolean|null} [withoutOwn] VNI views' digests without the asking node's own mappings: an agent does not hold those
             * (nobody announces a mapping to its own node, see services/mapping/projections.ts).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DigestRequest.
             * @memberof jetnet.v1
             * @interface IDigestRequest
             * @augments jetnet.v1.DigestRequest.$Properties
             * @deprecated Use jetnet.v1.DigestRequest.$Properties instead.
             */

            /**
             * Shape of a DigestRequest.
             * @typedef {jetnet.v1.DigestRequest.$Properties} jetnet.v1.DigestRequest.$Shape
             */

            /**
             * Constructs a new DigestRequest.
             * @memberof jetnet.v1
             * @classdesc Represents a DigestRequest.
             * @constructor
             * @param {jetnet.v1.DigestRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DigestRequest = function (properties) {
                this.views = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DigestRequest views.
             * @member {Array.<string>} views
             * @memberof jetnet.v1.DigestRequest
             * @instance
             */
            DigestRequest.prototype.views = $util.emptyArray;

            /**
             * VNI views' digests without the asking node's own mappings: an agent does not hold those
             * (nobody announces a mapping to its own node, see services/mapping/projections.ts).
             * @member {boolean} withoutOwn
             * @memberof jetnet.v1.DigestRequest
             * @instance
             */
            DigestRequest.prototype.withoutOwn = false;

            /**
             * Creates a new DigestRequest instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.DigestRequest
             * @static
             * @param {jetnet.v1.DigestRequest.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.DigestRequest} DigestRequest instance
             * @type {{
             *   (properties: jetnet.v1.DigestRequest.$Shape): jetnet.v1.DigestRequest & jetnet.v1.DigestRequest.$Shape;
             *   (properties?: jetnet.v1.DigestRequest.$Properties): jetnet.v1.DigestRequest;
             * }}
             */
            DigestRequest.create = function(properties) {
                return new DigestRequest(properties);
            };

            /**
             * Encodes the specified DigestRequest message. Does not implicitly {@link jetnet.v1.DigestRequest.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.DigestRequest
             * @static
             * @param {jetnet.v1.DigestRequest.$Properties} message DigestRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DigestRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.views != null && message.views.length)
                    for (let i = 0; i < message.views.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.views[i]);
                if (message.withoutOwn != null && $Object.hasOwnProperty.call(message, "withoutOwn") && message.withoutOwn !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.withoutOwn);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DigestRequest message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.DigestRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.DigestRequest & jetnet.v1.DigestRequest.$Shape} DigestRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DigestRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.DigestRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.views && message.views.length))
                                message.views = [];
                            message.views.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.withoutOwn = value;
                            else
                                delete message.withoutOwn;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DigestRequest message.
             * @function verify
             * @memberof jetnet.v1.DigestRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DigestRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.views != null && $Object.hasOwnProperty.call(message, "views")) {
                    if (!$Array.isArray(message.views))
                        return "views: array expected";
                    for (let i = 0; i < message.views.length; ++i)
                        if (!$util.isString(message.views[i]))
                            return "views: string[] expected";
                }
                if (message.withoutOwn != null && $Object.hasOwnProperty.call(message, "withoutOwn"))
                    if (typeof message.withoutOwn !== "boolean")
                        return "withoutOwn: boolean expected";
                return null;
            };

            /**
             * Creates a DigestRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.DigestRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.DigestRequest} DigestRequest
             */
            DigestRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.DigestRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.DigestRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.DigestRequest();
                if (object.views) {
                    if (!$Array.isArray(object.views))
                        throw $TypeError(".jetnet.v1.DigestRequest.views: array expected");
                    message.views = $Array(object.views.length);
                    for (let i = 0; i < object.views.length; ++i)
                        message.views[i] = $String(object.views[i]);
                }
                if (object.withoutOwn != null)
                    if (object.withoutOwn)
                        message.withoutOwn = $Boolean(object.withoutOwn);
                return message;
            };

            /**
             * Creates a plain object from a DigestRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.DigestRequest
             * @static
             * @param {jetnet.v1.DigestRequest} message DigestRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DigestRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.views = [];
                if (options.defaults)
                    object.withoutOwn = false;
                if (message.views && message.views.length) {
                    object.views = $Array(message.views.length);
                    for (let j = 0; j < message.views.length; ++j)
                        object.views[j] = message.views[j];
                }
                if (message.withoutOwn != null && $Object.hasOwnProperty.call(message, "withoutOwn"))
                    object.withoutOwn = message.withoutOwn;
                return object;
            };

            /**
             * Converts this DigestRequest to JSON.
             * @function toJSON
             * @memberof jetnet.v1.DigestRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DigestRequest.prototype.toJSON = function() {
                return DigestRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DigestRequest
             * @function getTypeUrl
             * @memberof jetnet.v1.DigestRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DigestRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.DigestRequest";
            };

            return DigestRequest;
        })();

        v1.Digest = (function() {

            /**
             * Properties of a Digest.
             * @typedef {Object} jetnet.v1.Digest.$Properties
             * @property {string|null} [view] Digest view
             * @property {number|null} [count] Digest count
             * @property {number|null} [hash] Digest hash
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Digest.
             * @memberof jetnet.v1
             * @interface IDigest
             * @augments jetnet.v1.Digest.$Properties
             * @deprecated Use jetnet.v1.Digest.$Properties instead.
             */

            /**
             * Shape of a Digest.
             * @typedef {jetnet.v1.Digest.$Properties} jetnet.v1.Digest.$Shape
             */

            /**
             * Constructs a new Digest.
             * @memberof jetnet.v1
             * @classdesc Order-independent summary of a view: entry count and the XOR of a hash of
             * "<key>@<source revision>" over its entries. Equal digests mean (with high probability) equal views.
             * @constructor
             * @param {jetnet.v1.Digest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Digest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Digest view.
             * @member {string} view
             * @memberof jetnet.v1.Digest
             * @instance
             */
            Digest.prototype.view = "";

            /**
             * Digest count.
             * @member {number} count
             * @memberof jetnet.v1.Digest
             * @instance
             */
            Digest.prototype.count = 0;

            /**
             * Digest hash.
             * @member {number} hash
             * @memberof jetnet.v1.Digest
             * @instance
             */
            Digest.prototype.hash = 0;

            /**
             * Creates a new Digest instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.Digest
             * @static
             * @param {jetnet.v1.Digest.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.Digest} Digest instance
             * @type {{
             *   (properties: jetnet.v1.Digest.$Shape): jetnet.v1.Digest & jetnet.v1.Digest.$Shape;
             *   (properties?: jetnet.v1.Digest.$Properties): jetnet.v1.Digest;
             * }}
             */
            Digest.create = function(properties) {
                return new Digest(properties);
            };

            /**
             * Encodes the specified Digest message. Does not implicitly {@link jetnet.v1.Digest.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.Digest
             * @static
             * @param {jetnet.v1.Digest.$Properties} message Digest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Digest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.view != null && $Object.hasOwnProperty.call(message, "view") && message.view !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.view);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.count);
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.hash);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Digest message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.Digest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.Digest & jetnet.v1.Digest.$Shape} Digest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Digest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.Digest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.view = value;
                            else
                                delete message.view;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.hash = value;
                            else
                                delete message.hash;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Digest message.
             * @function verify
             * @memberof jetnet.v1.Digest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Digest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.view != null && $Object.hasOwnProperty.call(message, "view"))
                    if (!$util.isString(message.view))
                        return "view: string expected";
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count))
                        return "count: integer expected";
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    if (!$util.isInteger(message.hash))
                        return "hash: integer expected";
                return null;
            };

            /**
             * Creates a Digest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.Digest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.Digest} Digest
             */
            Digest.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.Digest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.Digest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.Digest();
                if (object.view != null)
                    if (typeof object.view !== "string" || object.view.length)
                        message.view = $String(object.view);
                if (object.count != null)
                    if ($Number(object.count) !== 0)
                        message.count = object.count >>> 0;
                if (object.hash != null)
                    if ($Number(object.hash) !== 0)
                        message.hash = object.hash >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Digest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.Digest
             * @static
             * @param {jetnet.v1.Digest} message Digest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Digest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.view = "";
                    object.count = 0;
                    object.hash = 0;
                }
                if (message.view != null && $Object.hasOwnProperty.call(message, "view"))
                    object.view = message.view;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    object.count = message.count;
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    object.hash = message.hash;
                return object;
            };

            /**
             * Converts this Digest to JSON.
             * @function toJSON
             * @memberof jetnet.v1.Digest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Digest.prototype.toJSON = function() {
                return Digest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Digest
             * @function getTypeUrl
             * @memberof jetnet.v1.Digest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Digest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.Digest";
            };

            return Digest;
        })();

        v1.DigestReply = (function() {

            /**
             * Properties of a DigestReply.
             * @typedef {Object} jetnet.v1.DigestReply.$Properties
             * @property {Array.<jetnet.v1.Digest.$Properties>|null} [digests] DigestReply digests
             * @property {jetnet.v1.Error.$Properties|null} [error] DigestReply error
             * @property {boolean|null} [withoutOwn] The VNI views' digests leave the asking node's mappings out (DigestRequest.without_own); a
             * service older than that field counts them, and the agent adds its own back to compare.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DigestReply.
             * @memberof jetnet.v1
             * @interface IDigestReply
             * @augments jetnet.v1.DigestReply.$Properties
             * @deprecated Use jetnet.v1.DigestReply.$Properties instead.
             */

            /**
             * Shape of a DigestReply.
             * @typedef {jetnet.v1.DigestReply.$Properties} jetnet.v1.DigestReply.$Shape
             */

            /**
             * Constructs a new DigestReply.
             * @memberof jetnet.v1
             * @classdesc Represents a DigestReply.
             * @constructor
             * @param {jetnet.v1.DigestReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DigestReply = function (properties) {
                this.digests = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DigestReply digests.
             * @member {Array.<jetnet.v1.Digest.$Properties>} digests
             * @memberof jetnet.v1.DigestReply
             * @instance
             */
            DigestReply.prototype.digests = $util.emptyArray;

            /**
             * DigestReply error.
             * @member {jetnet.v1.Error.$Properties|null|undefined} error
             * @memberof jetnet.v1.DigestReply
             * @instance
             */
            DigestReply.prototype.error = null;

            /**
             * The VNI views' digests leave the asking node's mappings out (DigestRequest.without_own); a
             * service older than that field counts them, and the agent adds its own back to compare.
             * @member {boolean} withoutOwn
             * @memberof jetnet.v1.DigestReply
             * @instance
             */
            DigestReply.prototype.withoutOwn = false;

            /**
             * Creates a new DigestReply instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.DigestReply
             * @static
             * @param {jetnet.v1.DigestReply.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.DigestReply} DigestReply instance
             * @type {{
             *   (properties: jetnet.v1.DigestReply.$Shape): jetnet.v1.DigestReply & jetnet.v1.DigestReply.$Shape;
             *   (properties?: jetnet.v1.DigestReply.$Properties): jetnet.v1.DigestReply;
             * }}
             */
            DigestReply.create = function(properties) {
                return new DigestReply(properties);
            };

            /**
             * Encodes the specified DigestReply message. Does not implicitly {@link jetnet.v1.DigestReply.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.DigestReply
             * @static
             * @param {jetnet.v1.DigestReply.$Properties} message DigestReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DigestReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.digests != null && message.digests.length)
                    for (let i = 0; i < message.digests.length; ++i)
                        $root.jetnet.v1.Digest.encode(message.digests[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.jetnet.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.withoutOwn != null && $Object.hasOwnProperty.call(message, "withoutOwn") && message.withoutOwn !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.withoutOwn);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DigestReply message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.DigestReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.DigestReply & jetnet.v1.DigestReply.$Shape} DigestReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DigestReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.DigestReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.digests && message.digests.length))
                                message.digests = [];
                            message.digests.push($root.jetnet.v1.Digest.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.jetnet.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.withoutOwn = value;
                            else
                                delete message.withoutOwn;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DigestReply message.
             * @function verify
             * @memberof jetnet.v1.DigestReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DigestReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.digests != null && $Object.hasOwnProperty.call(message, "digests")) {
                    if (!$Array.isArray(message.digests))
                        return "digests: array expected";
                    for (let i = 0; i < message.digests.length; ++i) {
                        let error = $root.jetnet.v1.Digest.verify(message.digests[i], _depth + 1);
                        if (error)
                            return "digests." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.jetnet.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                if (message.withoutOwn != null && $Object.hasOwnProperty.call(message, "withoutOwn"))
                    if (typeof message.withoutOwn !== "boolean")
                        return "withoutOwn: boolean expected";
                return null;
            };

            /**
             * Creates a DigestReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.DigestReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.DigestReply} DigestReply
             */
            DigestReply.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.DigestReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.DigestReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.DigestReply();
                if (object.digests) {
                    if (!$Array.isArray(object.digests))
                        throw $TypeError(".jetnet.v1.DigestReply.digests: array expected");
                    message.digests = $Array(object.digests.length);
                    for (let i = 0; i < object.digests.length; ++i) {
                        if (!$util.isObject(object.digests[i]))
                            throw $TypeError(".jetnet.v1.DigestReply.digests: object expected");
                        message.digests[i] = $root.jetnet.v1.Digest.fromObject(object.digests[i], _depth + 1);
                    }
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".jetnet.v1.DigestReply.error: object expected");
                    message.error = $root.jetnet.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.withoutOwn != null)
                    if (object.withoutOwn)
                        message.withoutOwn = $Boolean(object.withoutOwn);
                return message;
            };

            /**
             * Creates a plain object from a DigestReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.DigestReply
             * @static
             * @param {jetnet.v1.DigestReply} message DigestReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DigestReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.digests = [];
                if (options.defaults) {
                    object.error = null;
                    object.withoutOwn = false;
                }
                if (message.digests && message.digests.length) {
                    object.digests = $Array(message.digests.length);
                    for (let j = 0; j < message.digests.length; ++j)
                        object.digests[j] = $root.jetnet.v1.Digest.toObject(message.digests[j], options, _depth + 1);
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.jetnet.v1.Error.toObject(message.error, options, _depth + 1);
                if (message.withoutOwn != null && $Object.hasOwnProperty.call(message, "withoutOwn"))
                    object.withoutOwn = message.withoutOwn;
                return object;
            };

            /**
             * Converts this DigestReply to JSON.
             * @function toJSON
             * @memberof jetnet.v1.DigestReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DigestReply.prototype.toJSON = function() {
                return DigestReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DigestReply
             * @function getTypeUrl
             * @memberof jetnet.v1.DigestReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DigestReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.DigestReply";
            };

            return DigestReply;
        })();

        v1.FeedBatch = (function() {

            /**
             * Properties of a FeedBatch.
             * @typedef {Object} jetnet.v1.FeedBatch.$Properties
             * @property {Array.<jetnet.v1.FeedEntry.$Properties>|null} [entries] FeedBatch entries
             * @property {number|null} [revision] The two headers' values again, in the body (0: none), where a follower reads them without
             * parsing the message's headers (a quarter of an agent's cost per message before the entries
             * are applied). Absent (0) from services older than these fields: then the headers count.
             * @property {number|null} [previous] FeedBatch previous
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FeedBatch.
             * @memberof jetnet.v1
             * @interface IFeedBatch
             * @augments jetnet.v1.FeedBatch.$Properties
             * @deprecated Use jetnet.v1.FeedBatch.$Properties instead.
             */

            /**
             * Shape of a FeedBatch.
             * @typedef {jetnet.v1.FeedBatch.$Properties} jetnet.v1.FeedBatch.$Shape
             */

            /**
             * Constructs a new FeedBatch.
             * @memberof jetnet.v1
             * @classdesc Several announcements on one view's feed in one message, subject
             * jetnet.feed.v1.<bucket>.<view token>._batch: what the mapping service announced on the view
             * within one turn of its event loop, in order. An idle view still gets one message per
             * announcement (the entry's own subject, as before); under load a burst on a busy VNI costs
             * nats-server and every follower one message instead of one per mapping. The headers are those
             * of one announcement: Jetnet-Revision the last entry's, Jetnet-Previous the view's announcement
             * before the first entry.
             * @constructor
             * @param {jetnet.v1.FeedBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FeedBatch = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FeedBatch entries.
             * @member {Array.<jetnet.v1.FeedEntry.$Properties>} entries
             * @memberof jetnet.v1.FeedBatch
             * @instance
             */
            FeedBatch.prototype.entries = $util.emptyArray;

            /**
             * The two headers' values again, in the body (0: none), where a follower reads them without
             * parsing the message's headers (a quarter of an agent's cost per message before the entries
             * are applied). Absent (0) from services older than these fields: then the headers count.
             * @member {number} revision
             * @memberof jetnet.v1.FeedBatch
             * @instance
             */
            FeedBatch.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FeedBatch previous.
             * @member {number} previous
             * @memberof jetnet.v1.FeedBatch
             * @instance
             */
            FeedBatch.prototype.previous = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new FeedBatch instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.FeedBatch
             * @static
             * @param {jetnet.v1.FeedBatch.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.FeedBatch} FeedBatch instance
             * @type {{
             *   (properties: jetnet.v1.FeedBatch.$Shape): jetnet.v1.FeedBatch & jetnet.v1.FeedBatch.$Shape;
             *   (properties?: jetnet.v1.FeedBatch.$Properties): jetnet.v1.FeedBatch;
             * }}
             */
            FeedBatch.create = function(properties) {
                return new FeedBatch(properties);
            };

            /**
             * Encodes the specified FeedBatch message. Does not implicitly {@link jetnet.v1.FeedBatch.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.FeedBatch
             * @static
             * @param {jetnet.v1.FeedBatch.$Properties} message FeedBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FeedBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.jetnet.v1.FeedEntry.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.revision);
                if (message.previous != null && $Object.hasOwnProperty.call(message, "previous") && (typeof message.previous === "object" ? message.previous.low || message.previous.high : message.previous !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.previous);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FeedBatch message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.FeedBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.FeedBatch & jetnet.v1.FeedBatch.$Shape} FeedBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FeedBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.FeedBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.jetnet.v1.FeedEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.revision = value;
                            else
                                delete message.revision;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.previous = value;
                            else
                                delete message.previous;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FeedBatch message.
             * @function verify
             * @memberof jetnet.v1.FeedBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FeedBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                    if (!$Array.isArray(message.entries))
                        return "entries: array expected";
                    for (let i = 0; i < message.entries.length; ++i) {
                        let error = $root.jetnet.v1.FeedEntry.verify(message.entries[i], _depth + 1);
                        if (error)
                            return "entries." + error;
                    }
                }
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (!$util.isInteger(message.revision) && !(message.revision && $util.isInteger(message.revision.low) && $util.isInteger(message.revision.high)))
                        return "revision: integer|Long expected";
                if (message.previous != null && $Object.hasOwnProperty.call(message, "previous"))
                    if (!$util.isInteger(message.previous) && !(message.previous && $util.isInteger(message.previous.low) && $util.isInteger(message.previous.high)))
                        return "previous: integer|Long expected";
                return null;
            };

            /**
             * Creates a FeedBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.FeedBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.FeedBatch} FeedBatch
             */
            FeedBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.FeedBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.FeedBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.FeedBatch();
                if (object.entries) {
                    if (!$Array.isArray(object.entries))
                        throw $TypeError(".jetnet.v1.FeedBatch.entries: array expected");
                    message.entries = $Array(object.entries.length);
                    for (let i = 0; i < object.entries.length; ++i) {
                        if (!$util.isObject(object.entries[i]))
                            throw $TypeError(".jetnet.v1.FeedBatch.entries: object expected");
                        message.entries[i] = $root.jetnet.v1.FeedEntry.fromObject(object.entries[i], _depth + 1);
                    }
                }
                if (object.revision != null)
                    if (typeof object.revision === "object" ? object.revision.low || object.revision.high : $Number(object.revision) !== 0)
                        if ($util.Long)
                            message.revision = $util.Long.fromValue(object.revision, true);
                        else if (typeof object.revision === "string")
                            message.revision = $parseInt(object.revision, 10);
                        else if (typeof object.revision === "number")
                            message.revision = object.revision;
                        else if (typeof object.revision === "object")
                            message.revision = new $util.LongBits(object.revision.low >>> 0, object.revision.high >>> 0).toNumber(true);
                if (object.previous != null)
                    if (typeof object.previous === "object" ? object.previous.low || object.previous.high : $Number(object.previous) !== 0)
                        if ($util.Long)
                            message.previous = $util.Long.fromValue(object.previous, true);
                        else if (typeof object.previous === "string")
                            message.previous = $parseInt(object.previous, 10);
                        else if (typeof object.previous === "number")
                            message.previous = object.previous;
                        else if (typeof object.previous === "object")
                            message.previous = new $util.LongBits(object.previous.low >>> 0, object.previous.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a FeedBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.FeedBatch
             * @static
             * @param {jetnet.v1.FeedBatch} message FeedBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FeedBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.entries = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.revision = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.revision = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.previous = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.previous = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.entries && message.entries.length) {
                    object.entries = $Array(message.entries.length);
                    for (let j = 0; j < message.entries.length; ++j)
                        object.entries[j] = $root.jetnet.v1.FeedEntry.toObject(message.entries[j], options, _depth + 1);
                }
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.revision = typeof message.revision === "number" ? $BigInt(message.revision) : $util.Long.fromBits(message.revision.low >>> 0, message.revision.high >>> 0, true).toBigInt();
                    else if (typeof message.revision === "number")
                        object.revision = options.longs === $String ? $String(message.revision) : message.revision;
                    else
                        object.revision = options.longs === $String ? $util.Long.prototype.toString.call(message.revision) : options.longs === $Number ? new $util.LongBits(message.revision.low >>> 0, message.revision.high >>> 0).toNumber(true) : message.revision;
                if (message.previous != null && $Object.hasOwnProperty.call(message, "previous"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.previous = typeof message.previous === "number" ? $BigInt(message.previous) : $util.Long.fromBits(message.previous.low >>> 0, message.previous.high >>> 0, true).toBigInt();
                    else if (typeof message.previous === "number")
                        object.previous = options.longs === $String ? $String(message.previous) : message.previous;
                    else
                        object.previous = options.longs === $String ? $util.Long.prototype.toString.call(message.previous) : options.longs === $Number ? new $util.LongBits(message.previous.low >>> 0, message.previous.high >>> 0).toNumber(true) : message.previous;
                return object;
            };

            /**
             * Converts this FeedBatch to JSON.
             * @function toJSON
             * @memberof jetnet.v1.FeedBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FeedBatch.prototype.toJSON = function() {
                return FeedBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FeedBatch
             * @function getTypeUrl
             * @memberof jetnet.v1.FeedBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FeedBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.FeedBatch";
            };

            return FeedBatch;
        })();

        v1.FeedEntry = (function() {

            /**
             * Properties of a FeedEntry.
             * @typedef {Object} jetnet.v1.FeedEntry.$Properties
             * @property {string|null} [key] FeedEntry key
             * @property {Uint8Array|null} [value] The encoded Mapping or NodeWork; empty for a delete.
             * @property {boolean|null} [deleted] FeedEntry deleted
             * @property {string|null} [deletesWork] A delete on a VNI's feed that also deletes this node work (Jetnet-Deletes-Work).
             * @property {string|null} [deletesWorkUid] The uid of the attachment whose node work that is (Jetnet-Deletes-Work-Uid): node work of
             * another attachment under the same name, created since, stays.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FeedEntry.
             * @memberof jetnet.v1
             * @interface IFeedEntry
             * @augments jetnet.v1.FeedEntry.$Properties
             * @deprecated Use jetnet.v1.FeedEntry.$Properties instead.
             */

            /**
             * Shape of a FeedEntry.
             * @typedef {jetnet.v1.FeedEntry.$Properties} jetnet.v1.FeedEntry.$Shape
             */

            /**
             * Constructs a new FeedEntry.
             * @memberof jetnet.v1
             * @classdesc Represents a FeedEntry.
             * @constructor
             * @param {jetnet.v1.FeedEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FeedEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FeedEntry key.
             * @member {string} key
             * @memberof jetnet.v1.FeedEntry
             * @instance
             */
            FeedEntry.prototype.key = "";

            /**
             * The encoded Mapping or NodeWork; empty for a delete.
             * @member {Uint8Array} value
             * @memberof jetnet.v1.FeedEntry
             * @instance
             */
            FeedEntry.prototype.value = $util.newBuffer([]);

            /**
             * FeedEntry deleted.
             * @member {boolean} deleted
             * @memberof jetnet.v1.FeedEntry
             * @instance
             */
            FeedEntry.prototype.deleted = false;

            /**
             * A delete on a VNI's feed that also deletes this node work (Jetnet-Deletes-Work).
             * @member {string} deletesWork
             * @memberof jetnet.v1.FeedEntry
             * @instance
             */
            FeedEntry.prototype.deletesWork = "";

            /**
             * The uid of the attachment whose node work that is (Jetnet-Deletes-Work-Uid): node work of
             * another attachment under the same name, created since, stays.
             * @member {string} deletesWorkUid
             * @memberof jetnet.v1.FeedEntry
             * @instance
             */
            FeedEntry.prototype.deletesWorkUid = "";

            /**
             * Creates a new FeedEntry instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.FeedEntry
             * @static
             * @param {jetnet.v1.FeedEntry.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.FeedEntry} FeedEntry instance
             * @type {{
             *   (properties: jetnet.v1.FeedEntry.$Shape): jetnet.v1.FeedEntry & jetnet.v1.FeedEntry.$Shape;
             *   (properties?: jetnet.v1.FeedEntry.$Properties): jetnet.v1.FeedEntry;
             * }}
             */
            FeedEntry.create = function(properties) {
                return new FeedEntry(properties);
            };

            /**
             * Encodes the specified FeedEntry message. Does not implicitly {@link jetnet.v1.FeedEntry.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.FeedEntry
             * @static
             * @param {jetnet.v1.FeedEntry.$Properties} message FeedEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FeedEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted") && message.deleted !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.deleted);
                if (message.deletesWork != null && $Object.hasOwnProperty.call(message, "deletesWork") && message.deletesWork !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.deletesWork);
                if (message.deletesWorkUid != null && $Object.hasOwnProperty.call(message, "deletesWorkUid") && message.deletesWorkUid !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.deletesWorkUid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FeedEntry message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.FeedEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.FeedEntry & jetnet.v1.FeedEntry.$Shape} FeedEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FeedEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.FeedEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.deleted = value;
                            else
                                delete message.deleted;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deletesWork = value;
                            else
                                delete message.deletesWork;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deletesWorkUid = value;
                            else
                                delete message.deletesWorkUid;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FeedEntry message.
             * @function verify
             * @memberof jetnet.v1.FeedEntry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FeedEntry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    if (!$util.isString(message.key))
                        return "key: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                        return "value: buffer expected";
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                    if (typeof message.deleted !== "boolean")
                        return "deleted: boolean expected";
                if (message.deletesWork != null && $Object.hasOwnProperty.call(message, "deletesWork"))
                    if (!$util.isString(message.deletesWork))
                        return "deletesWork: string expected";
                if (message.deletesWorkUid != null && $Object.hasOwnProperty.call(message, "deletesWorkUid"))
                    if (!$util.isString(message.deletesWorkUid))
                        return "deletesWorkUid: string expected";
                return null;
            };

            /**
             * Creates a FeedEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.FeedEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.FeedEntry} FeedEntry
             */
            FeedEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.FeedEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.FeedEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.FeedEntry();
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                if (object.deleted != null)
                    if (object.deleted)
                        message.deleted = $Boolean(object.deleted);
                if (object.deletesWork != null)
                    if (typeof object.deletesWork !== "string" || object.deletesWork.length)
                        message.deletesWork = $String(object.deletesWork);
                if (object.deletesWorkUid != null)
                    if (typeof object.deletesWorkUid !== "string" || object.deletesWorkUid.length)
                        message.deletesWorkUid = $String(object.deletesWorkUid);
                return message;
            };

            /**
             * Creates a plain object from a FeedEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.FeedEntry
             * @static
             * @param {jetnet.v1.FeedEntry} message FeedEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FeedEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = "";
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                    object.deleted = false;
                    object.deletesWork = "";
                    object.deletesWorkUid = "";
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                    object.deleted = message.deleted;
                if (message.deletesWork != null && $Object.hasOwnProperty.call(message, "deletesWork"))
                    object.deletesWork = message.deletesWork;
                if (message.deletesWorkUid != null && $Object.hasOwnProperty.call(message, "deletesWorkUid"))
                    object.deletesWorkUid = message.deletesWorkUid;
                return object;
            };

            /**
             * Converts this FeedEntry to JSON.
             * @function toJSON
             * @memberof jetnet.v1.FeedEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FeedEntry.prototype.toJSON = function() {
                return FeedEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FeedEntry
             * @function getTypeUrl
             * @memberof jetnet.v1.FeedEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FeedEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.FeedEntry";
            };

            return FeedEntry;
        })();

        v1.SubnetClaim = (function() {

            /**
             * Properties of a SubnetClaim.
             * @typedef {Object} jetnet.v1.SubnetClaim.$Properties
             * @property {string|null} [namespace] SubnetClaim namespace
             * @property {string|null} [name] SubnetClaim name
             * @property {string|null} [uid] The subnet's uid, so a claim by a deleted-and-recreated subnet is told apart.
             * @property {string|null} [cidr] SubnetClaim cidr
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubnetClaim.
             * @memberof jetnet.v1
             * @interface ISubnetClaim
             * @augments jetnet.v1.SubnetClaim.$Properties
             * @deprecated Use jetnet.v1.SubnetClaim.$Properties instead.
             */

            /**
             * Shape of a SubnetClaim.
             * @typedef {jetnet.v1.SubnetClaim.$Properties} jetnet.v1.SubnetClaim.$Shape
             */

            /**
             * Constructs a new SubnetClaim.
             * @memberof jetnet.v1
             * @classdesc One subnet holding part of a VNI's address space.
             * @constructor
             * @param {jetnet.v1.SubnetClaim.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubnetClaim = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubnetClaim namespace.
             * @member {string} namespace
             * @memberof jetnet.v1.SubnetClaim
             * @instance
             */
            SubnetClaim.prototype.namespace = "";

            /**
             * SubnetClaim name.
             * @member {string} name
             * @memberof jetnet.v1.SubnetClaim
             * @instance
             */
            SubnetClaim.prototype.name = "";

            /**
             * The subnet's uid, so a claim by a deleted-and-recreated subnet is told apart.
             * @member {string} uid
             * @memberof jetnet.v1.SubnetClaim
             * @instance
             */
            SubnetClaim.prototype.uid = "";

            /**
             * SubnetClaim cidr.
             * @member {string} cidr
             * @memberof jetnet.v1.SubnetClaim
             * @instance
             */
            SubnetClaim.prototype.cidr = "";

            /**
             * Creates a new SubnetClaim instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.SubnetClaim
             * @static
             * @param {jetnet.v1.SubnetClaim.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.SubnetClaim} SubnetClaim instance
             * @type {{
             *   (properties: jetnet.v1.SubnetClaim.$Shape): jetnet.v1.SubnetClaim & jetnet.v1.SubnetClaim.$Shape;
             *   (properties?: jetnet.v1.SubnetClaim.$Properties): jetnet.v1.SubnetClaim;
             * }}
             */
            SubnetClaim.create = function(properties) {
                return new SubnetClaim(properties);
            };

            /**
             * Encodes the specified SubnetClaim message. Does not implicitly {@link jetnet.v1.SubnetClaim.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.SubnetClaim
             * @static
             * @param {jetnet.v1.SubnetClaim.$Properties} message SubnetClaim message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubnetClaim.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.namespace);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.uid);
                if (message.cidr != null && $Object.hasOwnProperty.call(message, "cidr") && message.cidr !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.cidr);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SubnetClaim message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.SubnetClaim
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.SubnetClaim & jetnet.v1.SubnetClaim.$Shape} SubnetClaim
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubnetClaim.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.SubnetClaim();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cidr = value;
                            else
                                delete message.cidr;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SubnetClaim message.
             * @function verify
             * @memberof jetnet.v1.SubnetClaim
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubnetClaim.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    if (!$util.isString(message.namespace))
                        return "namespace: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    if (!$util.isString(message.uid))
                        return "uid: string expected";
                if (message.cidr != null && $Object.hasOwnProperty.call(message, "cidr"))
                    if (!$util.isString(message.cidr))
                        return "cidr: string expected";
                return null;
            };

            /**
             * Creates a SubnetClaim message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.SubnetClaim
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.SubnetClaim} SubnetClaim
             */
            SubnetClaim.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.SubnetClaim)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.SubnetClaim: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.SubnetClaim();
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.uid != null)
                    if (typeof object.uid !== "string" || object.uid.length)
                        message.uid = $String(object.uid);
                if (object.cidr != null)
                    if (typeof object.cidr !== "string" || object.cidr.length)
                        message.cidr = $String(object.cidr);
                return message;
            };

            /**
             * Creates a plain object from a SubnetClaim message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.SubnetClaim
             * @static
             * @param {jetnet.v1.SubnetClaim} message SubnetClaim
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubnetClaim.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.namespace = "";
                    object.name = "";
                    object.uid = "";
                    object.cidr = "";
                }
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                if (message.cidr != null && $Object.hasOwnProperty.call(message, "cidr"))
                    object.cidr = message.cidr;
                return object;
            };

            /**
             * Converts this SubnetClaim to JSON.
             * @function toJSON
             * @memberof jetnet.v1.SubnetClaim
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubnetClaim.prototype.toJSON = function() {
                return SubnetClaim.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubnetClaim
             * @function getTypeUrl
             * @memberof jetnet.v1.SubnetClaim
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubnetClaim.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.SubnetClaim";
            };

            return SubnetClaim;
        })();

        v1.VniClaim = (function() {

            /**
             * Properties of a VniClaim.
             * @typedef {Object} jetnet.v1.VniClaim.$Properties
             * @property {string|null} [namespace] The one namespace all subnets of this VNI belong to.
             * @property {Array.<jetnet.v1.SubnetClaim.$Properties>|null} [subnets] Pairwise disjoint CIDRs.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VniClaim.
             * @memberof jetnet.v1
             * @interface IVniClaim
             * @augments jetnet.v1.VniClaim.$Properties
             * @deprecated Use jetnet.v1.VniClaim.$Properties instead.
             */

            /**
             * Shape of a VniClaim.
             * @typedef {jetnet.v1.VniClaim.$Properties} jetnet.v1.VniClaim.$Shape
             */

            /**
             * Constructs a new VniClaim.
             * @memberof jetnet.v1
             * @classdesc Key in bucket jetnet-vnis: <vni>. Updated only with compare-and-swap, which is what makes
             * "pairwise disjoint CIDRs, one namespace per VNI" hold without multi-object transactions.
             * @constructor
             * @param {jetnet.v1.VniClaim.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VniClaim = function (properties) {
                this.subnets = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The one namespace all subnets of this VNI belong to.
             * @member {string} namespace
             * @memberof jetnet.v1.VniClaim
             * @instance
             */
            VniClaim.prototype.namespace = "";

            /**
             * Pairwise disjoint CIDRs.
             * @member {Array.<jetnet.v1.SubnetClaim.$Properties>} subnets
             * @memberof jetnet.v1.VniClaim
             * @instance
             */
            VniClaim.prototype.subnets = $util.emptyArray;

            /**
             * Creates a new VniClaim instance using the specified properties.
             * @function create
             * @memberof jetnet.v1.VniClaim
             * @static
             * @param {jetnet.v1.VniClaim.$Properties=} [properties] Properties to set
             * @returns {jetnet.v1.VniClaim} VniClaim instance
             * @type {{
             *   (properties: jetnet.v1.VniClaim.$Shape): jetnet.v1.VniClaim & jetnet.v1.VniClaim.$Shape;
             *   (properties?: jetnet.v1.VniClaim.$Properties): jetnet.v1.VniClaim;
             * }}
             */
            VniClaim.create = function(properties) {
                return new VniClaim(properties);
            };

            /**
             * Encodes the specified VniClaim message. Does not implicitly {@link jetnet.v1.VniClaim.verify|verify} messages.
             * @function encode
             * @memberof jetnet.v1.VniClaim
             * @static
             * @param {jetnet.v1.VniClaim.$Properties} message VniClaim message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VniClaim.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.namespace);
                if (message.subnets != null && message.subnets.length)
                    for (let i = 0; i < message.subnets.length; ++i)
                        $root.jetnet.v1.SubnetClaim.encode(message.subnets[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VniClaim message from the specified reader or buffer.
             * @function decode
             * @memberof jetnet.v1.VniClaim
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {jetnet.v1.VniClaim & jetnet.v1.VniClaim.$Shape} VniClaim
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VniClaim.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.jetnet.v1.VniClaim();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.subnets && message.subnets.length))
                                message.subnets = [];
                            message.subnets.push($root.jetnet.v1.SubnetClaim.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a VniClaim message.
             * @function verify
             * @memberof jetnet.v1.VniClaim
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VniClaim.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    if (!$util.isString(message.namespace))
                        return "namespace: string expected";
                if (message.subnets != null && $Object.hasOwnProperty.call(message, "subnets")) {
                    if (!$Array.isArray(message.subnets))
                        return "subnets: array expected";
                    for (let i = 0; i < message.subnets.length; ++i) {
                        let error = $root.jetnet.v1.SubnetClaim.verify(message.subnets[i], _depth + 1);
                        if (error)
                            return "subnets." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a VniClaim message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof jetnet.v1.VniClaim
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {jetnet.v1.VniClaim} VniClaim
             */
            VniClaim.fromObject = function (object, _depth) {
                if (object instanceof $root.jetnet.v1.VniClaim)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".jetnet.v1.VniClaim: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.jetnet.v1.VniClaim();
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.subnets) {
                    if (!$Array.isArray(object.subnets))
                        throw $TypeError(".jetnet.v1.VniClaim.subnets: array expected");
                    message.subnets = $Array(object.subnets.length);
                    for (let i = 0; i < object.subnets.length; ++i) {
                        if (!$util.isObject(object.subnets[i]))
                            throw $TypeError(".jetnet.v1.VniClaim.subnets: object expected");
                        message.subnets[i] = $root.jetnet.v1.SubnetClaim.fromObject(object.subnets[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a VniClaim message. Also converts values to other types if specified.
             * @function toObject
             * @memberof jetnet.v1.VniClaim
             * @static
             * @param {jetnet.v1.VniClaim} message VniClaim
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VniClaim.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.subnets = [];
                if (options.defaults)
                    object.namespace = "";
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.subnets && message.subnets.length) {
                    object.subnets = $Array(message.subnets.length);
                    for (let j = 0; j < message.subnets.length; ++j)
                        object.subnets[j] = $root.jetnet.v1.SubnetClaim.toObject(message.subnets[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this VniClaim to JSON.
             * @function toJSON
             * @memberof jetnet.v1.VniClaim
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VniClaim.prototype.toJSON = function() {
                return VniClaim.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VniClaim
             * @function getTypeUrl
             * @memberof jetnet.v1.VniClaim
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VniClaim.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/jetnet.v1.VniClaim";
            };

            return VniClaim;
        })();

        return v1;
    })();

    return jetnet;
})();

export {
  $root as default
};
