CREATE DATABASE mesh_registry;
